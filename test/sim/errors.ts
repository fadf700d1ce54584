/** Errors shaped like OfficeExtension.Error: `code`, `message`, `debugInfo.errorLocation`. */

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

export type SimErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  PropertyNotLoaded:
    "The property has not been loaded. Call the load method and then call context.sync() before reading it.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

/** What OfficeExtension.Error looks like to add-in code. */
export class SimError extends Error {
  override readonly name = "OfficeExtension.Error";
  readonly traceMessages: string[] = [];
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message?: string,
    errorLocation?: string,
  ) {
    super(message ?? MESSAGES[code] ?? code);
    this.debugInfo = { code, message: this.message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function simError(code: SimErrorCode, location?: string, message?: string): SimError {
  return new SimError(code, message, location);
}

/** A bug in the code under test that real Excel would punish less visibly: fail the test loudly. */
export class SimMisuse extends Error {
  override readonly name = "SimMisuse";
}

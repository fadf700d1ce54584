/** How functions fail: #VALUE! or #N/A with a message the user sees when hovering the cell. */

/** Excel truncates error messages; keep them short and put the cell or argument first. */
const MAX_MESSAGE = 255;

function clip(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE - 1)}…`;
}

export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, clip(message));
}

export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, clip(message));
}

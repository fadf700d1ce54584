/** Excel on the web's limits (5 MB request and response payloads; reads above 5M cells give null), and byte sizes. */

export interface Limits {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Loading values/formulas/formats of more cells than this returns null instead of data. */
  readonly readCells: number;
}

export const WEB_LIMITS: Limits = {
  requestBytes: 5 * 1024 * 1024,
  responseBytes: 5 * 1024 * 1024,
  readCells: 5_000_000,
};

/** UTF-8 bytes of the JSON the host would exchange for this payload. */
export function jsonBytes(payload: unknown): number {
  return Buffer.byteLength(JSON.stringify(payload) ?? "", "utf8");
}

/* Types for encodePng.js: the minimal PNG encoder. */
export function encodePng(width: number, height: number, rgba: Uint8Array | Buffer): Buffer;
export function crc32(bytes: Uint8Array): number;

/* Types for draw-icons.js. */
export function renderIcons(): Record<string, Buffer>;
export const SIZES: number[];

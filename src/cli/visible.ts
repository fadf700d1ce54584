/**
 * Text from a file as a terminal may show it: a cell is data, so its control characters (line breaks,
 * tabs, escape sequences that move the cursor or colour the screen, bidirectional overrides that reorder
 * what is shown) are written as escapes — \n, \t, \r, \u001b — never obeyed. For text output only; JSON
 * output keeps every character exact.
 */

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** C0 and C1 controls, DEL, and the characters that change the direction or flow of the text around them. */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

export function visible(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    const ch = text[i] as string;
    out += text.slice(from, i) + (NAMED[ch] ?? `\\u${code.toString(16).padStart(4, "0")}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Text as statement files give it: runs of white space (line breaks of wrapped fields) as one space, trimmed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

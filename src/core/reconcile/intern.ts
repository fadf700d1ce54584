/** Strings to small integers for one run, so hot loops compare and hash integers; id 0 is "none". */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** texts[id] is the string of an id; texts[0] is "". */
  readonly texts: string[] = [""];

  id(text: string): number {
    if (text === "") return 0;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }
}

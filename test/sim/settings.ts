/**
 * Office.Settings as the document keeps it: an in-memory bag (get/set/remove) that reaches the document
 * only through saveAsync, which a test can make fail.
 */

export interface AsyncResultLike {
  readonly status: "succeeded" | "failed";
  readonly error?: { readonly code: number; readonly name: string; readonly message: string };
}

export class SimSettings {
  private readonly bag = new Map<string, unknown>();
  /** What the document holds: changed only by a successful saveAsync. */
  readonly saved = new Map<string, unknown>();
  failNextSaves = 0;
  saves = 0;

  get(name: string): unknown {
    return this.bag.has(name) ? structuredClone(this.bag.get(name)) : null;
  }

  set(name: string, value: unknown): void {
    // Office serialises settings as JSON; anything else is lost on save.
    this.bag.set(name, JSON.parse(JSON.stringify(value ?? null)) as unknown);
  }

  remove(name: string): void {
    this.bag.delete(name);
  }

  saveAsync(callback?: (result: AsyncResultLike) => void): void {
    setTimeout(() => {
      if (this.failNextSaves > 0) {
        this.failNextSaves--;
        callback?.({
          status: "failed",
          error: { code: 5001, name: "Internal Error", message: "Settings could not be saved." },
        });
        return;
      }
      this.saves++;
      this.saved.clear();
      for (const [k, v] of this.bag) this.saved.set(k, structuredClone(v));
      callback?.({ status: "succeeded" });
    }, 0);
  }
}

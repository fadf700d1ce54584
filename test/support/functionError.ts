/** The CustomFunctions.Error a worksheet function throws, for tests that check its code and message. */
export function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("did not fail");
}

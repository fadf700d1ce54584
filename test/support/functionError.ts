/** The CustomFunctions.Error an asynchronous worksheet function rejects with. */
export async function rejectionOf(f: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("did not fail");
}

/**
 * Lets the host's UI thread run between chunks of long work (Office restarts add-ins that block for
 * more than 5 seconds). A macrotask, not a microtask, so rendering and input get their turn.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

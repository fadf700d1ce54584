/** Copying and downloading text from the pane, without network: the clipboard API, and a blob link. */

export async function copyText(text: string): Promise<void> {
  if (typeof navigator === "undefined" || navigator.clipboard === undefined)
    throw new Error("this host gives the add-in no clipboard");
  await navigator.clipboard.writeText(text);
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** jsdom's File has no arrayBuffer() (browsers have had it since 2020): gives it one that reads the older way. */
export function giveFilesArrayBuffer(): void {
  if (typeof File.prototype.arrayBuffer === "function") return;
  File.prototype.arrayBuffer = function (this: File): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

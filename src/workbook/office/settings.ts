/**
 * The document's add-in settings (Office.Settings) as the gateway's DocumentSettings: values live in
 * memory once set and reach the document through saveAsync, whose failure is reported, not swallowed.
 */
import type { DocumentSettings } from "../driver";
import type { OfficeSettingsLike } from "./host";

export function officeSettings(settings: OfficeSettingsLike): DocumentSettings {
  return {
    get: (key) => {
      const v = settings.get(key);
      return v === undefined ? null : v;
    },
    set: (key, value) =>
      new Promise<void>((resolve, reject) => {
        const before = settings.get(key);
        const put = (v: unknown) =>
          v === null || v === undefined ? settings.remove(key) : settings.set(key, v);
        put(value);
        settings.saveAsync((result) => {
          if (result.status === "succeeded") return resolve();
          // The document did not take it: keep the in-memory bag in step with the document.
          put(before);
          reject(new Error(result.error?.message ?? "The settings could not be saved to the document."));
        });
      }),
  };
}

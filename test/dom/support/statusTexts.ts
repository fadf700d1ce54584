/** The status area's messages, newest first, each as its title and detail read together. */
import { screen, within } from "@testing-library/react";

export function statusTexts(): string[] {
  return within(screen.getByTestId("status-area"))
    .queryAllByTestId(/^status-(success|error|warning|info)$/)
    .map((m) => (m.textContent ?? "").replace(/Dismiss$/, "").trim());
}

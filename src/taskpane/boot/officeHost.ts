/**
 * What the page learns from Office.js: whether it loaded, which host we are in, and the Office theme.
 * Everything that touches the Office global for start-up lives here.
 */

export type HostKind = "excel" | "browser" | "no-office";

export interface HostInfo {
  readonly kind: HostKind;
  /** Office's platform (PC, Mac, OfficeOnline…) when in a host. */
  readonly platform?: string;
  /** True when Office reports a dark theme. */
  readonly dark?: boolean;
}

/** Office.onReady resolves in a plain browser too (host null), within a second; wait longer before giving up. */
const READY_TIMEOUT_MS = 10_000;

function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Relative luminance of "#rrggbb"; Office gives its theme colours in that form. */
export function isDarkColour(hex: string | undefined): boolean | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Outside Office, office.js still opens Microsoft's telemetry frame three seconds after it loads. The demo
 * promises no outside requests, so in a plain browser we stop that frame from loading (and the telemetry
 * switch) — best effort over office.js internals, which may change; inside Excel we leave them alone.
 */
export function quietOfficeTelemetry(scope: unknown = globalThis): void {
  const osf = (scope as { OSF?: Record<string, unknown> }).OSF;
  const endpoint = (osf?.Logger as { ulsEndpoint?: Record<string, unknown> } | undefined)?.ulsEndpoint;
  if (endpoint && typeof endpoint.loadProxyFrame === "function") endpoint.loadProxyFrame = () => undefined;
  const appTelemetry = (scope as { OSFAppTelemetry?: Record<string, unknown> }).OSFAppTelemetry;
  if (appTelemetry && "enableTelemetry" in appTelemetry) appTelemetry.enableTelemetry = false;
}

export async function detectHost(): Promise<HostInfo> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return { kind: "no-office" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS);
  });
  const info = await Promise.race([office.onReady(), timeout]);
  clearTimeout(timer);
  if (info === null || info.host !== office.HostType.Excel) {
    quietOfficeTelemetry();
    return { kind: "browser" };
  }
  const theme = office.context?.officeTheme;
  const dark = isDarkColour(theme?.bodyBackgroundColor);
  return { kind: "excel", platform: String(info.platform), ...(dark === undefined ? {} : { dark }) };
}

/* Types for serve.js: the static server for dist/ used by npm start and the e2e tests. */

export interface ServerOptions {
  /** The folder to serve (e.g. dist/). */
  root: string;
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Try port, port+1, … this many times when busy (default 1). */
  portAttempts?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Serve https with these (e.g. the office-addin-dev-certs certificate). */
  https?: { cert: Buffer | string; key: Buffer | string; ca?: Buffer | string };
  /** Demo mode: rewrite the office.js CDN URL in HTML and serve @microsoft/office-js under /vendor/office-js/. */
  rewriteOfficeJs?: boolean;
  /** Where office.js files come from (default node_modules/@microsoft/office-js/dist). */
  officeJsDir?: string;
  /** The file "/" redirects to (default taskpane.html; null for none). */
  index?: string | null;
  /** Called after each response. */
  onRequest?: (method: string | undefined, url: string | undefined, status: number) => void;
}

export interface RunningServer {
  port: number;
  /** e.g. http://localhost:3000/ */
  url: string;
  /** e.g. http://127.0.0.1:3000/ */
  localUrl: string;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer>;
export function rewriteOfficeJsUrls(html: string): string;
export function contentTypeOf(file: string): string;
export function resolveInside(
  base: string,
  urlPath: string,
): { file: string; status?: undefined } | { status: 400 | 403; file?: undefined };
export const OFFICE_JS_PREFIX: "/vendor/office-js/";

/* A small static file server for dist/: the browser demo (http on 127.0.0.1) and sideloading (https with the
   dev certificates). In demo mode it rewrites the office.js CDN URL in HTML to /vendor/office-js/office.js and
   serves those files from node_modules/@microsoft/office-js/dist, so nothing is fetched from the network.
   No directory listings; paths that leave the served folder are refused. */
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const OFFICE_JS_CDN = /https:\/\/appsforoffice\.microsoft\.com\/lib\/[^/"'\s]+\/hosted\//g;
const OFFICE_JS_PREFIX = "/vendor/office-js/";
const DEFAULT_OFFICE_JS_DIR = path.resolve(
  __dirname,
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".gif": "image/gif",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv; charset=utf-8",
};

/** The Content-Type for a file name (application/octet-stream when unknown). */
function contentTypeOf(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Replaces the office.js CDN location in HTML with the locally served copy. */
function rewriteOfficeJsUrls(html) {
  return html.replace(OFFICE_JS_CDN, OFFICE_JS_PREFIX);
}

/**
 * Maps a decoded URL path onto a file inside `base`, or returns { status } when the request is refused:
 * 400 for malformed paths, 403 for paths that try to leave `base`.
 */
function resolveInside(base, urlPath) {
  if (urlPath.includes("\0") || urlPath.includes("\\")) return { status: 400 };
  const segments = urlPath.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) return { status: 403 };
  const file = path.join(base, ...segments);
  if (file !== base && !file.startsWith(base + path.sep)) return { status: 403 };
  return { file };
}

function send(res, status, text, headers = {}) {
  const body = Buffer.from(text, "utf8");
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

function createHandler(options) {
  const roots = [{ prefix: "/", base: options.root }];
  if (options.officeJsDir) roots.unshift({ prefix: OFFICE_JS_PREFIX, base: options.officeJsDir });
  const realBases = new Map(
    roots.map((r) => [r.base, fs.existsSync(r.base) ? fs.realpathSync(r.base) : r.base]),
  );

  return async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD")
        return send(res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      } catch {
        return send(res, 400, "Bad request\n");
      }
      if (pathname === "/" && options.index && fs.existsSync(path.join(options.root, options.index))) {
        return send(res, 302, `See /${options.index}\n`, { Location: `/${options.index}` });
      }
      const route = roots.find((r) => pathname.startsWith(r.prefix));
      const target = resolveInside(route.base, pathname.slice(route.prefix.length));
      if (!target.file)
        return send(res, target.status, target.status === 403 ? "Forbidden\n" : "Bad request\n");

      let stat;
      try {
        stat = await fs.promises.stat(target.file);
      } catch {
        return send(res, 404, "Not found\n");
      }
      if (!stat.isFile()) return send(res, 404, "Not found\n");
      // A symbolic link inside the folder must not lead outside it.
      const real = await fs.promises.realpath(target.file);
      const realBase = realBases.get(route.base);
      if (!real.startsWith(realBase + path.sep)) return send(res, 403, "Forbidden\n");

      const type = contentTypeOf(target.file);
      const headers = {
        "Content-Type": type,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      };
      if (options.rewriteOfficeJs && type.startsWith("text/html")) {
        const body = Buffer.from(
          rewriteOfficeJsUrls(await fs.promises.readFile(target.file, "utf8")),
          "utf8",
        );
        res.writeHead(200, { ...headers, "Content-Length": body.length });
        return res.end(req.method === "HEAD" ? undefined : body);
      }
      res.writeHead(200, { ...headers, "Content-Length": stat.size });
      if (req.method === "HEAD") return res.end();
      const stream = fs.createReadStream(target.file);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
    } catch (error) {
      if (!res.headersSent) send(res, 500, `Internal error: ${error.message}\n`);
      else res.destroy();
    }
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/**
 * Starts serving `root`. Options: port (default 3000; 0 picks a free one), portAttempts (try port, port+1, …
 * this many times when busy; default 1), host (default 127.0.0.1), https ({ cert, key } to serve https),
 * rewriteOfficeJs (demo mode: local office.js), officeJsDir, index (file "/" redirects to; default
 * taskpane.html), onRequest (called with method, path and status of each request).
 * Resolves to { url, localUrl, port, close } where url uses "localhost" and localUrl "127.0.0.1".
 */
async function startServer(options) {
  const root = path.resolve(options.root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory())
    throw new Error(`Nothing to serve: ${root} is not a folder`);
  const host = options.host ?? "127.0.0.1";
  const attempts = Math.max(1, options.portAttempts ?? 1);
  const handler = createHandler({
    root,
    index: options.index === undefined ? "taskpane.html" : options.index,
    rewriteOfficeJs: Boolean(options.rewriteOfficeJs),
    officeJsDir: options.rewriteOfficeJs
      ? path.resolve(options.officeJsDir ?? DEFAULT_OFFICE_JS_DIR)
      : undefined,
  });
  const onRequest = options.onRequest;
  const wrapped = onRequest
    ? (req, res) => {
        res.on("finish", () => onRequest(req.method, req.url, res.statusCode));
        return handler(req, res);
      }
    : handler;

  const first = options.port ?? 3000;
  for (let i = 0; ; i++) {
    const wanted = first === 0 ? 0 : first + i;
    const server = options.https ? https.createServer(options.https, wrapped) : http.createServer(wrapped);
    try {
      const port = await listen(server, wanted, host);
      const scheme = options.https ? "https" : "http";
      return {
        port,
        url: `${scheme}://localhost:${port}/`,
        localUrl: `${scheme}://${host.includes(":") ? `[${host}]` : host}:${port}/`,
        close: () =>
          new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      };
    } catch (error) {
      if (error.code !== "EADDRINUSE") throw error;
      if (i + 1 >= attempts) {
        throw new Error(
          `Port ${wanted} is already in use${attempts > 1 ? ` (tried ${first} to ${wanted})` : ""}`,
        );
      }
    }
  }
}

module.exports = { startServer, rewriteOfficeJsUrls, contentTypeOf, resolveInside, OFFICE_JS_PREFIX };

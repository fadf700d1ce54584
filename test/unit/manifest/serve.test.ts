/* The static server behind npm start and the e2e tests: files with the right types, office.js served
   locally instead of the CDN, no listings, traversal refused, 127.0.0.1 only, next free port. */
import fs from "fs";
import http from "http";
import net from "net";
import os from "os";
import path from "path";
import { resolveInside, rewriteOfficeJsUrls, startServer, type RunningServer } from "../../../scripts/serve";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
let site: string;
let officeJs: string;
let server: RunningServer;

/** A raw GET (or other method) so the path reaches the server exactly as written, without URL clean-up. */
function request(rawPath: string, method = "GET", port = server.port) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: rawPath, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

beforeAll(async () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), "bo-serve-"));
  site = path.join(top, "dist");
  officeJs = path.join(top, "office-js");
  fs.mkdirSync(path.join(site, "assets"), { recursive: true });
  fs.mkdirSync(path.join(officeJs, "en-us"), { recursive: true });
  fs.writeFileSync(
    path.join(site, "taskpane.html"),
    `<!doctype html><script src="${CDN}"></script><p>demo</p>`,
  );
  fs.writeFileSync(path.join(site, "functions.json"), '{"functions":[]}');
  fs.writeFileSync(path.join(site, "taskpane.js"), "console.log(1);");
  fs.writeFileSync(path.join(site, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(top, "secret.txt"), "do not serve");
  fs.writeFileSync(path.join(officeJs, "office.js"), "/* office */");
  fs.writeFileSync(path.join(officeJs, "en-us", "office_strings.js"), "/* strings */");
  fs.symlinkSync(path.join(top, "secret.txt"), path.join(site, "link.txt"));
  server = await startServer({ root: site, port: 0, rewriteOfficeJs: true, officeJsDir: officeJs });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(path.dirname(site), { recursive: true, force: true });
});

test("serves files with their content types, uncached", async () => {
  const cases: Array<[string, string]> = [
    ["/taskpane.js", "text/javascript; charset=utf-8"],
    ["/functions.json", "application/json; charset=utf-8"],
    ["/assets/icon-16.png", "image/png"],
    ["/taskpane.html", "text/html; charset=utf-8"],
  ];
  for (const [file, type] of cases) {
    const res = await request(file);
    expect({ file, status: res.status, type: res.headers["content-type"] }).toEqual({
      file,
      status: 200,
      type,
    });
    expect(res.headers["cache-control"]).toBe("no-store");
  }
  expect((await request("/functions.json")).body).toBe('{"functions":[]}');
});

test("rewrites the office.js CDN URL in HTML and serves office.js locally", async () => {
  const page = await request("/taskpane.html");
  expect(page.body).toBe('<!doctype html><script src="/vendor/office-js/office.js"></script><p>demo</p>');
  expect(Number(page.headers["content-length"])).toBe(Buffer.byteLength(page.body));
  expect((await request("/vendor/office-js/office.js")).body).toBe("/* office */");
  expect((await request("/vendor/office-js/en-us/office_strings.js")).body).toBe("/* strings */");
  expect(
    rewriteOfficeJsUrls(`<script src="https://appsforoffice.microsoft.com/lib/beta/hosted/office.js">`),
  ).toBe('<script src="/vendor/office-js/office.js">');
});

test("without rewriting, HTML is served as built", async () => {
  const plain = await startServer({ root: site, port: 0 });
  try {
    expect((await request("/taskpane.html", "GET", plain.port)).body).toContain(CDN);
    expect((await request("/vendor/office-js/office.js", "GET", plain.port)).status).toBe(404);
  } finally {
    await plain.close();
  }
});

test.each([
  "/../secret.txt",
  "/..%2fsecret.txt",
  "/%2e%2e%2fsecret.txt",
  "/assets/..%2f..%2fsecret.txt",
  "/vendor/office-js/..%2f..%2fdist%2ftaskpane.html",
  "/vendor/office-js/%2e%2e/%2e%2e/secret.txt",
  "/..%5csecret.txt",
  "/link.txt",
])("refuses to leave the served folder: %s", async (raw) => {
  const res = await request(raw);
  expect([400, 403, 404]).toContain(res.status);
  expect(res.body).not.toContain("do not serve");
});

test("encoded traversal is answered 403, a backslash or NUL 400", () => {
  expect(resolveInside("/srv/dist", "/../secret.txt")).toEqual({ status: 403 });
  expect(resolveInside("/srv/dist", "/a\\..\\b")).toEqual({ status: 400 });
  expect(resolveInside("/srv/dist", "/a\0b")).toEqual({ status: 400 });
  expect(resolveInside("/srv/dist", "/./assets//icon.png")).toEqual({
    file: path.join("/srv/dist", "assets", "icon.png"),
  });
});

test("no directory listing; missing files 404; / goes to the task pane", async () => {
  expect((await request("/assets/")).status).toBe(404);
  expect((await request("/assets")).status).toBe(404);
  expect((await request("/missing.js")).status).toBe(404);
  expect((await request("/%E0%A4%A")).status).toBe(400);
  const root = await request("/");
  expect(root.status).toBe(302);
  expect(root.headers.location).toBe("/taskpane.html");
});

test("HEAD sends headers only; other methods get 405", async () => {
  const head = await request("/taskpane.js", "HEAD");
  expect(head.status).toBe(200);
  expect(head.body).toBe("");
  expect(head.headers["content-length"]).toBe(String("console.log(1);".length));
  const post = await request("/taskpane.js", "POST");
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe("GET, HEAD");
});

test("listens on 127.0.0.1 only and reports localhost and 127.0.0.1 URLs", async () => {
  expect(server.url).toBe(`http://localhost:${server.port}/`);
  expect(server.localUrl).toBe(`http://127.0.0.1:${server.port}/`);
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => a !== undefined && a.family === "IPv4" && !a.internal);
  for (const external of addresses) {
    await expect(
      new Promise((resolve, reject) => {
        const socket = net.connect(server.port, external.address, () => {
          socket.destroy();
          resolve("connected");
        });
        socket.on("error", reject);
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  }
});

test("moves to the next free port when asked to, and says so when it cannot", async () => {
  const next = await startServer({ root: site, port: server.port, portAttempts: 5 });
  try {
    expect(next.port).toBeGreaterThan(server.port);
    expect(next.port).toBeLessThan(server.port + 5);
  } finally {
    await next.close();
  }
  await expect(startServer({ root: site, port: server.port })).rejects.toThrow(
    `Port ${server.port} is already in use`,
  );
  await expect(startServer({ root: path.join(site, "nope"), port: 0 })).rejects.toThrow(/Nothing to serve/);
});

// A small static file server for the built site, on 127.0.0.1 only: `npm run docs:serve`, and the
// browser tests. It serves files under the site folder and nothing else.
import { readFile } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/** A running server: its base URL (ending in `/`) and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at `port` (0: any free port). */
export function serve(root: string, port = 0): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { OUT, buildSite } = await import("./build.js");
  await buildSite();
  const port = Number(process.env["PORT"] ?? 4173);
  const { url } = await serve(OUT, port);
  process.stdout.write(`the rules explorer: ${url}en/index.html (Ctrl-C stops)\n`);
}

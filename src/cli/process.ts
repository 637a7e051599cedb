// The command line's I/O on this process: standard streams, files and the environment, as the
// CliIo that run.ts takes. Shared by the two entry points, main.ts (from source) and bin.ts (built).
import { readFile, writeSync } from "node:fs";
import type { CliIo } from "./io.js";

/** Lets {@link writeAll} wait a moment for a full pipe. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to the file descriptor at once. Output is written synchronously rather
 * than through `process.stdout`, whose stream (a socket for a pipe) takes longer to set up than a
 * whole `assess` takes to print (issue #15, cold start), and so that the output is complete when
 * the process exits. A pipe that is full, when another process has left it non-blocking, is waited
 * for; a reader that has gone away (`digikannustin … | head`) ends the process with 0 on standard
 * output, and is ignored on standard error: neither is an error worth a stack trace.
 */
function writeAll(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") Atomics.wait(PAUSE, 0, 0, 1);
      else if (code === "EPIPE" && fd === 1) process.exit(0);
      else if (code === "EPIPE") return;
      else throw e;
    }
  }
}

/**
 * A standard stream's writer. On Windows the console takes text as UTF-16 through the stream
 * (`process.stdout`), not as bytes, so the stream is kept there.
 */
function writer(fd: 1 | 2): (text: string) => void {
  if (process.platform === "win32") {
    const stream = fd === 1 ? process.stdout : process.stderr;
    return (text) => void stream.write(text);
  }
  return (text) => writeAll(fd, text);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The command line's I/O on this process. */
export function processIo(): CliIo {
  return {
    stdout: writer(1),
    stderr: writer(2),
    readFile: (path) =>
      new Promise((resolve, reject) => readFile(path, "utf8", (e, text) => (e ? reject(e) : resolve(text)))),
    stdin: readStdin,
    env: process.env,
  };
}

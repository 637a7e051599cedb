// The `digikannustin` executable: wires the command line to the process. Everything else is in
// run.ts, which takes its I/O as an argument so that it can be tested without spawning.
import { readFile } from "node:fs/promises";
import pkg from "../../package.json" with { type: "json" };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// `digikannustin … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  // The version needs none of the library, so it is answered before the library is loaded.
  process.stdout.write(`${pkg.version}\n`);
} else {
  (await import("./jitless.js")).runWithoutJit();
  const { run } = await import("./run.js");
  process.exitCode = await run(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    stdin: readStdin,
    env: process.env,
  });
}

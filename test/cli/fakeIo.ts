import type { CliIo } from "../../src/cli/io.js";

/** A CliIo over in-memory files, capturing what the command line writes. */
export function fakeIo(
  files: Readonly<Record<string, string>> = {},
  stdin = "",
  env: Record<string, string> = { LANG: "C.UTF-8" },
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      const text = files[path];
      if (text !== undefined) return text;
      if (path.endsWith("/"))
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: "EISDIR" });
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
    },
    stdin: async () => stdin,
    env,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

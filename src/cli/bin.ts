// The built `digikannustin` command (dist/cli.cjs). The command line is built in parts, each with
// its dependencies inlined: one per command, and one with the help and the usage errors
// (dist/cli/<part>.cjs). This file chooses the part from the arguments and loads that part alone,
// so that a call parses one command's share of the library (issue #15, cold start); the version
// needs no part at all.
import { join } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import { partFor } from "./options.js";
import { processIo } from "./process.js";
import type { Part } from "./run.js";

const argv = process.argv.slice(2);
const io = processIo();
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  io.stdout(`${pkg.version}\n`);
} else {
  // A path the bundler leaves alone: the part is a file of its own beside this one.
  const { main } = require(join(__dirname, "cli", `${partFor(argv)}.cjs`)) as { main: Part };
  main(argv, io).then((code) => {
    process.exitCode = code;
  });
}

// dist/cli/recover.cjs: the command line with its `recover` command alone (bin.ts loads it).
import "../jitless.js";
import { recoverCommand } from "../commands/recover.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { recover: recoverCommand } });

// dist/cli/change.cjs: the command line with its `change` command alone (bin.ts loads it).
import "../jitless.js";
import { changeCommand } from "../commands/change.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { change: changeCommand } });

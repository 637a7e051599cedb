// dist/cli/assess.cjs: the command line with its `assess` command alone (bin.ts loads it).
import "../jitless.js";
import { assessCommand } from "../commands/assess.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { assess: assessCommand } });

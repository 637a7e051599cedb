// dist/cli/editions.cjs: the command line with its `editions` command alone (bin.ts loads it).
import "../jitless.js";
import { editionsCommand } from "../commands/editions.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { editions: editionsCommand } });

// dist/cli/allocate.cjs: the command line with its `allocate` command alone (bin.ts loads it).
import "../jitless.js";
import { allocateCommand } from "../commands/allocate.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { allocate: allocateCommand } });

// dist/cli/settle.cjs: the command line with its `settle` command alone (bin.ts loads it).
import "../jitless.js";
import { settleCommand } from "../commands/settle.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { settle: settleCommand } });

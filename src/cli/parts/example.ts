// dist/cli/example.cjs: the command line with its `example` command alone (bin.ts loads it).
import "../jitless.js";
import { exampleCommand } from "../commands/example.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { example: exampleCommand } });

// dist/cli/diff.cjs: the command line with its `diff` command alone (bin.ts loads it).
import "../jitless.js";
import { diffCommand } from "../commands/diff.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { diff: diffCommand } });

// dist/cli/timeline.cjs: the command line with its `timeline` command alone (bin.ts loads it).
import "../jitless.js";
import { timelineCommand } from "../commands/timeline.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { timeline: timelineCommand } });

// dist/cli/help.cjs: the command line with the help and no command (bin.ts loads it for --help and
// for arguments that name no command), so that it also reports every usage error.
import { helpText } from "../help.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: {}, help: helpText });

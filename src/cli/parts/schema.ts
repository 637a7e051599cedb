// dist/cli/schema.cjs: the command line with its `schema` command alone (bin.ts loads it).
import "../jitless.js";
import { schemaCommand } from "../commands/schema.js";
import { type Part, runCommandLine } from "../run.js";

export const main: Part = (argv, io) => runCommandLine(argv, io, { handlers: { schema: schemaCommand } });

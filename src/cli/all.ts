// The whole command line, every command and the help in one build: what runs from source (main.ts
// under tsx) and what the tests call. The built command is split into parts instead (bin.ts).
import { allocateCommand } from "./commands/allocate.js";
import { assessCommand } from "./commands/assess.js";
import { changeCommand } from "./commands/change.js";
import { diffCommand } from "./commands/diff.js";
import { editionsCommand } from "./commands/editions.js";
import { exampleCommand } from "./commands/example.js";
import { recoverCommand } from "./commands/recover.js";
import { schemaCommand } from "./commands/schema.js";
import { settleCommand } from "./commands/settle.js";
import { timelineCommand } from "./commands/timeline.js";
import { helpText } from "./help.js";
import type { CliIo } from "./io.js";
import { type Commands, runCommandLine } from "./run.js";

/** Every command of the command line, and its help. */
export const ALL_COMMANDS: Commands = {
  handlers: {
    assess: assessCommand,
    allocate: allocateCommand,
    diff: diffCommand,
    editions: editionsCommand,
    schema: schemaCommand,
    example: exampleCommand,
    timeline: timelineCommand,
    settle: settleCommand,
    change: changeCommand,
    recover: recoverCommand,
  },
  help: helpText,
};

/**
 * Runs the whole command line with the given arguments (without `node` and the script) and returns
 * the exit code; see {@link runCommandLine}.
 */
export function run(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommandLine(argv, io, ALL_COMMANDS);
}

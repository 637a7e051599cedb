// Loaded before every test file under Stryker only (vitest.stryker.config.ts). The command line
// imports each command when it runs (src/cli/run.ts), so a CLI test would be the first to load a
// module such as src/award/schema.ts, inside the test: Stryker would then take the module's
// top-level code (schemas, tables, their descriptions) for code that only that test covers, run its
// mutants against that test alone, and count them as survivors. Loading every command here, before
// any test, makes that code what it is: run when the modules load, so Stryker treats its mutants as
// static (stryker.config.json: ignoreStatic).
import "../../src/cli/commands/allocate.js";
import "../../src/cli/commands/assess.js";
import "../../src/cli/commands/change.js";
import "../../src/cli/commands/diff.js";
import "../../src/cli/commands/editions.js";
import "../../src/cli/commands/example.js";
import "../../src/cli/commands/recover.js";
import "../../src/cli/commands/schema.js";
import "../../src/cli/commands/settle.js";
import "../../src/cli/commands/timeline.js";
import "../../src/cli/help.js";

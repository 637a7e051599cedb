// Loaded before every test file under Stryker only (vitest.stryker.config.ts). The command line
// imports each command when it runs (src/cli/run.ts), so a CLI test would be the first to load a
// module such as src/award/schema.ts, inside the test: Stryker would then take the module's
// top-level code (schemas, tables, their descriptions) for code that only that test covers, run its
// mutants against that test alone, and count them as survivors. Loading every command here, before
// any test, makes that code what it is: run when the modules load, so Stryker treats its mutants as
// static. A module that throws while it loads (a mutant can make it) is let through here, so that
// the test files that import it inside a test (test/award/schema.load.test.ts) fail on it: a test
// file whose own imports throw reports no test, which Stryker would count as nothing failing.
export {};

const COMMANDS = [
  "../../src/cli/commands/allocate.js",
  "../../src/cli/commands/assess.js",
  "../../src/cli/commands/change.js",
  "../../src/cli/commands/diff.js",
  "../../src/cli/commands/editions.js",
  "../../src/cli/commands/example.js",
  "../../src/cli/commands/recover.js",
  "../../src/cli/commands/schema.js",
  "../../src/cli/commands/settle.js",
  "../../src/cli/commands/timeline.js",
  "../../src/cli/help.js",
];

for (const path of COMMANDS) {
  try {
    await import(path);
  } catch {
    // Reported by the tests that import the module.
  }
}

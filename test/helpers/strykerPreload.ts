// Loaded before every test file under Stryker only (vitest.stryker.config.ts). Every command of the
// command line, and so every module it uses, is loaded here before any test, so that Stryker takes
// the code that runs while a module loads (schemas, tables, their descriptions) for what it is,
// static, and not for code that only the first test to load the module covers (its mutants would
// then run against that one test and count as survivors). The CLI tests load the commands when they
// are imported (src/cli/all.ts); a test that loads a module inside a test does not. A module that
// throws while it loads (a mutant can make it) is let through here, so that the test files that
// import it inside a test (test/award/schema.load.test.ts) fail on it: a test file whose own imports
// throw reports no test, which Stryker would count as nothing failing.
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

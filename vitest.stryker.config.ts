// The vitest configuration Stryker runs (stryker.config.json): the project's own, without
//  - the type tests: a mutant changes values, not types;
//  - the tests that bundle src/ from disk with esbuild: they read the sandbox's files outside
//    vitest and only measure bytes;
//  - the tests that import the library inside a test (the globals test, the README and TSDoc
//    example runners): Stryker would take module-level code (constants, rule tables) for code
//    covered by that one test and switch its mutants on only after the module had loaded, so
//    those mutants would survive whatever the other tests assert.
//
// Mutants run under America/Los_Angeles, the zone of CI's where a UTC midnight is the day before:
// a mutant that drops a UTC or Helsinki context from a date computation then gives another day and
// is killed. Under UTC it would survive. Set before vitest starts its worker threads, which share
// the process's zone.
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

process.env["TZ"] = "America/Los_Angeles";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      setupFiles: ["test/helpers/strykerPreload.ts"],
      exclude: [
        ...configDefaults.exclude,
        "test/browser/**",
        "test/size/**",
        "test/immutability/globals.test.ts",
        "test/docs/**",
      ],
    },
  }),
);

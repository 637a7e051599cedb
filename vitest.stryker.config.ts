// The vitest configuration Stryker runs (stryker.config.json): the project's own, without
//  - the type tests: a mutant changes values, not types;
//  - the tests that bundle src/ from disk with esbuild: they read the sandbox's files outside
//    vitest and only measure bytes;
//  - the tests that import the library inside a test (the globals test, the README and TSDoc
//    example runners): Stryker would take module-level code (constants, rule tables) for code
//    covered by that one test and switch its mutants on only after the module had loaded, so
//    those mutants would survive whatever the other tests assert.
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
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

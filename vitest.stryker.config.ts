// The vitest configuration Stryker runs (stryker.config.json): the project's own, without the type
// tests (a mutant changes values, not types) and without the tests that bundle src/ from disk with
// esbuild (they would read the sandbox's files outside vitest and only measure bytes).
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      exclude: [...configDefaults.exclude, "test/browser/**", "test/size/**"],
    },
  }),
);

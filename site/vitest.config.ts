import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The browser tests of the rules explorer (test/site/*.spec.ts): one Chromium, the tests in order.
// Apart from the unit tests' config so that `vitest run` (run three times in CI, under three time
// zones) does not start a browser each time; `npm run test:site` runs them once.
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/site/**/*.spec.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

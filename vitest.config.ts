import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // Tests import the subpath exports by package name, the way a consumer does, from the sources.
  // Documentation examples (test/docs/examples.test.ts) import the package the same way.
  resolve: {
    alias: [
      { find: /^digikannustin$/, replacement: src("index.ts") },
      { find: /^digikannustin\/testing$/, replacement: src("testing/index.ts") },
      { find: /^digikannustin\/examples$/, replacement: src("examples/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    pool: "threads",
  },
});

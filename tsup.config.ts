import { defineConfig } from "tsup";

// One build for every public entry point; the CLI is bundled separately so the core never imports it.
export default defineConfig([
  {
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "decimal.js", "date-fns", "@date-fns/tz"],
  },
]);

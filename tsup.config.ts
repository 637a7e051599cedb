import { rmSync } from "node:fs";
import { type Options, defineConfig } from "tsup";

// The command's parts (dist/cli/) are named by their content's hash, so a build cannot overwrite the
// last build's: they are removed first, or the tarball would carry every build's chunks.
rmSync("dist/cli", { recursive: true, force: true });

/**
 * The public entry points, by output path under dist/ (each also needs its subpath in package.json
 * "exports"). The output path mirrors the source path, because the ESM build keeps one file per
 * source module. The CLI is bundled separately so the core never imports it.
 */
const entry: Record<string, string> = {
  index: "src/index.ts",
  "testing/index": "src/testing/index.ts",
  "examples/index": "src/examples/index.ts",
};

const common: Options = {
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod", "decimal.js", "date-fns", "@date-fns/tz"],
};

export default defineConfig([
  // ESM: one file per source module, mirroring src/. With "sideEffects": false a consumer's bundler
  // then drops every module the consumer does not use: importing only the money helpers leaves out
  // zod, the messages and the edition data. A one-file bundle would keep all of them, because a
  // bundler cannot prove a module-level zod schema (a chain of method calls) free of side effects.
  {
    ...common,
    // The CLI has its own build below; src/rules-docs only renders docs/rules during development;
    // the example call imports its JSON data, which the next build inlines.
    entry: ["src/**/*.ts", "!src/cli/**", "!src/rules-docs/**", "!src/examples/call2022.ts"],
    format: ["esm"],
    bundle: false,
    // The builds write to dist/ at the same time: each cleans only its own kind of file.
    clean: [
      "!**/*.cjs",
      "!**/*.cjs.map",
      "!**/*.d.ts",
      "!**/*.d.cts",
      "!cli.js",
      "!cli.js.map",
      "!cli/**",
      "!examples/call2022.js",
      "!examples/call2022.js.map",
    ],
  },
  // The example call: examples/call-2022.json (the file the CLI reads) inlined into its module, which
  // imports every other module as the one-file-per-module build above writes it.
  {
    ...common,
    entry: { "examples/call2022": "src/examples/call2022.ts" },
    format: ["esm"],
    external: [...(common.external ?? []), /^\.\.?\/.*\.js$/],
    clean: false,
  },
  // CommonJS: one bundle per entry (require() cannot tree-shake anyway).
  {
    ...common,
    entry,
    format: ["cjs"],
    treeshake: true,
    clean: ["!**/*.js", "!**/*.js.map", "!**/*.d.ts", "!**/*.d.cts"],
  },
  // The `digikannustin` command: dist/cli.js with its shebang, and its parts in dist/cli/; the core
  // never imports it. Every dependency is inlined and the code minified, because a command pays for
  // each byte it parses on every call. Each command is a dynamic import (src/cli/run.ts), split into
  // chunks of its own, so that `assess` parses neither the example call nor the allocation and the
  // diffs (bench/import.bench.ts measures the cold start against Publicodes). Bundled, zod's locales
  // drop out: `zod/mini` re-exports them all, the library sets none of them, and zod's package.json
  // declares them free of side effects.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    // A map of the inlined dependencies would weigh four times the command in the tarball, and the
    // command prints no stack trace to map.
    sourcemap: false,
    bundle: true,
    noExternal: [/.*/],
    minify: true,
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    banner: { js: "#!/usr/bin/env node" },
    clean: false,
  },
  // Declarations for both module kinds, one bundled file per entry.
  { entry, format: ["esm", "cjs"], dts: { only: true, compilerOptions: { ignoreDeprecations: "6.0" } }, clean: true },
]);

import { rmSync } from "node:fs";
import { resolve, sep } from "node:path";
import { type Options, defineConfig } from "tsup";

// The command's parts (dist/cli/) are removed first, so that a part no longer built does not stay
// behind in the tarball.
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

/**
 * Two differences of the command's parts from the library they inline. src/cli/contract.ts stands
 * in for src/application/contract.ts: zod's runtime parser instead of its ahead-of-time one, which
 * a command that parses one input does not need (see both files). And src/cli/jitless.ts is kept
 * although nothing is imported from it: it sets zod's `jitless`, a side effect that package.json's
 * `"sideEffects": false`, written for the library's consumers, would have the bundler drop.
 */
const commandParts: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "command-parts",
  setup(build) {
    build.onResolve({ filter: /^\.\/contract\.js$/ }, (args) =>
      args.importer.endsWith(`${sep}application${sep}parse.ts`) ? { path: resolve("src/cli/contract.ts") } : undefined,
    );
    build.onResolve({ filter: /^\.\.\/jitless\.js$/ }, (args) => ({
      path: resolve(args.resolveDir, "../jitless.ts"),
      sideEffects: true,
    }));
  },
};

/** The command's builds: the bin and its parts. */
const command: Options = {
  format: ["cjs"],
  platform: "node",
  target: "node20",
  // A map of the inlined dependencies would weigh four times the command in the tarball, and the
  // command prints no stack trace to map.
  sourcemap: false,
  bundle: true,
  noExternal: [/.*/],
  minify: true,
  // esbuild writes text outside ASCII as \u escapes (its default charset), so Node reads and V8
  // parses each part as one byte a character; only a regular expression literal keeps its own
  // characters, so src/ writes those escaped too (npm run smoke checks that every part is ASCII).
  esbuildPlugins: [commandParts],
  clean: false,
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
      "!cli.cjs",
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
    clean: ["!**/*.js", "!**/*.js.map", "!**/*.d.ts", "!**/*.d.cts", "!cli.cjs", "!cli/**"],
  },
  // The `digikannustin` command: dist/cli.cjs, its bin, and its parts in dist/cli/ (src/cli/bin.ts):
  // one part per command, and one with the help and the usage errors. Each part inlines every
  // dependency and is minified, because a command pays for each byte it parses on every call, and
  // the bin loads only the part a call needs (bench/import.bench.ts measures the cold start against
  // Publicodes). Bundled, what a part does not use drops out, zod's locales and JSON Schema code
  // among them (zod's package.json declares its modules free of side effects). CommonJS, because
  // Node sets up its ESM loader more slowly than a part of the command takes to load.
  { ...command, entry: { cli: "src/cli/bin.ts" }, banner: { js: "#!/usr/bin/env node" } },
  { ...command, entry: ["src/cli/parts/*.ts"], outDir: "dist/cli" },
  // Declarations for both module kinds, one bundled file per entry.
  { entry, format: ["esm", "cjs"], dts: { only: true, compilerOptions: { ignoreDeprecations: "6.0" } }, clean: true },
]);

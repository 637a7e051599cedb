// Bundles a small consumer entry the way a browser app would (esbuild, ESM, tree-shaken) and reports
// what ended up in it. Used by the size budget and the browser test.
//
// The entry imports from `src/` directly. The repository's package.json says `"sideEffects": false`
// for every file under it, and the ESM build ships one file per source module (tsup.config.ts), so
// a bundler drops exactly the modules it drops here; `scripts/smoke.ts` repeats the money-only
// check against the packed tarball to prove it.
import { resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import * as esbuild from "esbuild";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** What a bundle contains and weighs. */
export interface BundleReport {
  /** The bundled JavaScript. */
  readonly code: string;
  /** Bytes of the (minified, if asked) bundle. */
  readonly bytes: number;
  /** Bytes after brotli at its highest quality, as a CDN would serve it. */
  readonly brotli: number;
  /** Every input path esbuild read, relative to the root, e.g. `node_modules/zod/v4/core/core.js`. */
  readonly inputs: readonly string[];
  /** The inputs that left at least one byte in the output. */
  readonly contributing: readonly string[];
  /** Every import any input made, as written (`"node:fs"`, `"./x.js"`, `"zod"`). */
  readonly importPaths: readonly string[];
  /** Imports the output still makes at run time (empty for a self-contained bundle). */
  readonly outputImports: readonly string[];
  /** Warnings esbuild printed. */
  readonly warnings: readonly string[];
}

/**
 * Bundles `source` (a JS module whose imports are resolved from the repository root) for the
 * browser: `platform: "browser"`, ESM, every dependency bundled, tree-shaken.
 */
export async function bundleEntry(source: string, options: { minify?: boolean } = {}): Promise<BundleReport> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: "entry.ts", loader: "ts" },
    absWorkingDir: ROOT,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: options.minify ?? true,
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0]!;
  const meta = Object.values(result.metafile.outputs)[0]!;
  const bytes = output.contents;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return {
    code: output.text,
    bytes: bytes.length,
    brotli,
    inputs: Object.keys(result.metafile.inputs),
    contributing: Object.entries(meta.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
    importPaths: Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((imp) => imp.original ?? imp.path)),
    outputImports: meta.imports.map((i) => i.path),
    warnings: result.warnings.map((w) => w.text),
  };
}

/** The npm package an input belongs to (`"zod"`, `"@date-fns/tz"`), or `null` for the library's own files. */
export function packageOf(input: string): string | null {
  const at = input.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const [scope, name] = input.slice(at + "node_modules/".length).split("/");
  return scope?.startsWith("@") ? `${scope}/${name}` : (scope ?? null);
}

/** Kilobytes (1000 bytes) with one decimal, for messages and reports. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

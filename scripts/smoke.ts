// `npm run smoke` (after `npm run build`): proves the packed tarball works for real consumers.
//
// Packs the package as npm would publish it, unpacks the tarball into fresh projects under
// `.tmp/smoke/` and uses it from an ES module, a CommonJS module, two TypeScript projects and a
// browser bundler. Offline: nothing is installed from a registry; the runtime dependencies are
// linked from this repository's node_modules (installed by `npm ci`). Prints one line per check and
// exits non-zero if any fails; the projects are kept for inspection after a failure.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { dirname, extname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import * as esbuild from "esbuild";
import { COMMANDS } from "../src/cli/options.js";
import { type ConsumerProject, consumerProjects } from "../test/package/consumers.js";

const ROOT = resolve(import.meta.dirname, "..");
const WORK = join(ROOT, ".tmp", "smoke");
const TSC = join(ROOT, "node_modules", ".bin", "tsc");
/** Subpaths every release must publish (issue 8: the smoke test imports them). */
const REQUIRED_SUBPATHS = [".", "./testing", "./examples"];
/** What the tarball may contain: nothing from src/, test/, .tmp/, reports/ or the like. */
const ALLOWED_FILES = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/.+)$/;

interface PackageJson {
  readonly name: string;
  readonly exports: Record<string, unknown>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly bin?: Record<string, string>;
  readonly scripts?: Record<string, string>;
}

let failures = 0;

/** Runs one check and prints `ok`/`FAIL` with its detail; a thrown error is a failure. */
async function check(title: string, run: () => string | undefined | Promise<string | undefined>): Promise<void> {
  const t0 = performance.now();
  try {
    const detail = await run();
    const ms = Math.round(performance.now() - t0);
    console.log(`ok    ${title}${detail ? ` — ${detail}` : ""} (${ms} ms)`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${title}`);
    console.log(String(error instanceof Error ? error.message : error).replace(/^/gm, "      "));
  }
}

/** Runs a command; throws with its output when it fails. */
function run(command: string, args: readonly string[], cwd: string): string {
  // A plain environment: no loader or flag of this script's runner may leak into the consumer.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  if (r.status !== 0) {
    throw new Error(
      `${relative(ROOT, cwd) || "."}$ ${[command, ...args].join(" ")}\n${r.stdout}${r.stderr}${r.error ?? ""}`.trim(),
    );
  }
  return r.stdout.trim();
}

function writeFiles(dir: string, files: { readonly [path: string]: string }): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** A fresh project with the unpacked package and links to the runtime dependencies. */
function makeProject(project: ConsumerProject, unpacked: string, pkg: PackageJson): string {
  const dir = join(WORK, project.name);
  const modules = join(dir, "node_modules");
  mkdirSync(modules, { recursive: true });
  cpSync(unpacked, join(modules, pkg.name), { recursive: true });
  const deps = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...(project.devPackages ?? []),
  ];
  for (const dep of deps) {
    mkdirSync(dirname(join(modules, dep)), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", dep), join(modules, dep), "dir");
  }
  return dir;
}

async function bundle(dir: string, source: string) {
  const r = await esbuild.build({
    stdin: { contents: source, resolveDir: dir, loader: "js" },
    absWorkingDir: dir,
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const out = Object.values(r.metafile.outputs)[0]!;
  const contributing = Object.entries(out.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  return {
    contributing,
    imports: Object.values(r.metafile.inputs).flatMap((i) => i.imports.map((x) => x.original ?? x.path)),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, "dist", "index.js"))) {
    console.log("FAIL  dist/ is missing: run `npm run build` first");
    process.exit(1);
  }
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });

  let tarball = "";
  await check("pack: npm pack holds only package.json, README, LICENSE, CHANGELOG and dist/", () => {
    const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", WORK], ROOT)) as {
      filename: string;
      size: number;
      integrity: string;
      files: { path: string }[];
    }[];
    tarball = join(WORK, packed!.filename);
    const paths = packed!.files.map((f) => f.path);
    const stray = paths.filter((p) => !ALLOWED_FILES.test(p));
    if (stray.length > 0) throw new Error(`unexpected files in the tarball:\n${stray.join("\n")}`);
    for (const must of [
      "package.json",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
    ]) {
      if (!paths.includes(must)) throw new Error(`${must} is missing from the tarball`);
    }
    return `${packed!.filename}, ${paths.length} files, ${kB(packed!.size)} gzipped, ${packed!.integrity.slice(0, 24)}…`;
  });
  if (!tarball) process.exit(1);

  const unpackDir = join(WORK, "unpacked");
  mkdirSync(unpackDir);
  execFileSync("tar", ["-xzf", tarball, "-C", unpackDir]);
  const unpacked = join(unpackDir, "package");
  const pkg = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8")) as PackageJson;

  await check("package.json: no script runs on install (preinstall, install, postinstall)", () => {
    const hooks = ["preinstall", "install", "postinstall"].filter((h) => pkg.scripts?.[h] !== undefined);
    if (hooks.length > 0) throw new Error(`install hooks: ${hooks.join(", ")}`);
    return undefined;
  });

  await check(`exports: publishes ${REQUIRED_SUBPATHS.join(", ")}`, () => {
    const missing = REQUIRED_SUBPATHS.filter((s) => !(s in pkg.exports));
    if (missing.length > 0) throw new Error(`package.json "exports" lacks ${missing.join(", ")}`);
    return Object.keys(pkg.exports).join(", ");
  });

  await check(
    "dist: the library imports only declared dependencies, no Node built-in (the CLI bin only Node's), no eval",
    async () => {
      const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
      const bins = new Set(Object.values(pkg.bin ?? {}).map((b) => b.replace(/^\.\//, "")));
      // The command's parts, split from its bin (dist/cli/), belong to it.
      const isBin = (f: string) => bins.has(f) || f.startsWith("dist/cli/");
      const files = readdirSync(join(unpacked, "dist"), { recursive: true, encoding: "utf8" })
        .map((f) => `dist/${f}`)
        .filter((f) => /\.c?js$/.test(f));
      const builtins = new Set(builtinModules);
      const isBuiltin = (s: string) => s.startsWith("node:") || builtins.has(s);
      const packageName = (s: string) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!);
      const bad: string[] = [];
      const used = new Set<string>();
      for (const file of files) {
        // A library that builds code from strings breaks a strict Content-Security-Policy.
        if (!isBin(file) && /\beval\(|new Function\(/.test(readFileSync(join(unpacked, file), "utf8")))
          bad.push(`${file}: eval or new Function`);
        // Each file on its own, so that index.js and index.cjs cannot collide in the scan's output.
        const result = await esbuild.build({
          entryPoints: [join(unpacked, file)],
          absWorkingDir: unpacked,
          bundle: true,
          packages: "external",
          platform: "neutral",
          write: false,
          metafile: true,
          logLevel: "silent",
          outdir: join(WORK, "scan"),
        });
        for (const input of Object.values(result.metafile.inputs)) {
          for (const imp of input.imports) {
            if (!imp.external) continue;
            const spec = imp.original ?? imp.path;
            // The bin's one import the scan cannot follow is the part it loads, a file beside it.
            if (isBin(file) && spec === "<runtime>") continue;
            if (isBuiltin(spec) ? !isBin(file) : !declared.has(packageName(spec))) bad.push(`${file}: ${spec}`);
            else used.add(spec);
          }
        }
      }
      if (bad.length > 0) throw new Error(`undeclared or Node-only imports:\n${[...new Set(bad)].join("\n")}`);
      return `${files.length} files; the library imports ${[...used]
        .filter((s) => !isBuiltin(s))
        .sort()
        .join(", ")}`;
    },
  );

  const projects = consumerProjects();
  const dirs = new Map<string, string>();
  for (const project of projects) {
    const dir = makeProject(project, unpacked, pkg);
    writeFiles(dir, project.files);
    dirs.set(project.name, dir);
  }

  await check("exports: every subpath loads by import and by require with the same names", () => {
    const dir = dirs.get("esm")!;
    const subpaths = Object.keys(pkg.exports).filter((s) => s !== "./package.json");
    writeFileSync(
      join(dir, "parity.mjs"),
      `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
for (const sub of ${JSON.stringify(subpaths)}) {
  const spec = "${pkg.name}" + sub.slice(1);
  const esm = Object.keys(await import(spec)).filter((k) => k !== "default" && k !== "module.exports").sort();
  const cjs = Object.keys(require(spec)).sort();
  if (JSON.stringify(esm) !== JSON.stringify(cjs)) throw new Error(spec + ": import gives " + esm + " but require gives " + cjs);
  if (esm.length === 0) throw new Error(spec + " exports nothing");
}
console.log(${JSON.stringify(subpaths.join(", "))});
`,
    );
    return run(process.execPath, ["parity.mjs"], dir);
  });

  for (const project of projects as readonly ConsumerProject[]) {
    await check(project.title, () => {
      const dir = dirs.get(project.name)!;
      if ("node" in project.run) return run(process.execPath, [project.run.node], dir);
      run(TSC, ["--noEmit", "-p", "tsconfig.json"], dir);
      return undefined;
    });
  }

  // What the bundles weigh is checked once, from the sources, by test/size/size.test.ts; here the tarball
  // proves that a bundler tree-shakes it the same way and finds no Node built-in in it.
  await check("bundler: the money helpers from the tarball carry no zod", async () => {
    const b = await bundle(
      dirs.get("esm")!,
      `import { parseAmount, applyRate, sumAmounts, splitLargestRemainder, formatAmount } from "${pkg.name}";
globalThis.keep = [parseAmount, applyRate, sumAmounts, splitLargestRemainder, formatAmount];`,
    );
    const zod = b.contributing.filter((i) => i.includes("node_modules/zod/"));
    if (zod.length > 0) throw new Error(`zod reached a money-only bundle:\n${zod.slice(0, 5).join("\n")}`);
    return undefined;
  });

  await check("bundler: assess alone from the tarball bundles for the browser, no Node built-in", async () => {
    const b = await bundle(dirs.get("esm")!, `import { assess } from "${pkg.name}";\nglobalThis.keep = assess;`);
    const builtins = new Set(builtinModules);
    const node = b.imports.filter((p) => p.startsWith("node:") || builtins.has(p));
    if (node.length > 0) throw new Error(`Node built-ins in the bundle: ${node.join(", ")}`);
    return undefined;
  });

  await check("cli: the bin alone (no node_modules) prints --version, an example application, and assesses it", () => {
    const bin = Object.values(pkg.bin ?? {})[0];
    if (bin === undefined) throw new Error('package.json has no "bin"');
    // The bin and its parts (dist/cli/), every dependency inlined: it runs where nothing else is installed.
    const dir = join(WORK, "cli-alone");
    mkdirSync(dir, { recursive: true });
    cpSync(join(unpacked, bin), join(dir, `digikannustin${extname(bin)}`));
    cpSync(join(unpacked, "dist/cli"), join(dir, "cli"), { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    const command = `digikannustin${extname(bin)}`;
    const version = run(process.execPath, [command, "--version"], dir);
    writeFileSync(join(dir, "application.json"), run(process.execPath, [command, "example", "application"], dir));
    const verdict = run(
      process.execPath,
      [command, "assess", "application.json", "--only-open", "--locale", "en"],
      dir,
    );
    if (!verdict.includes("Result: ELIGIBLE")) throw new Error(`assess of the example application:\n${verdict}`);
    // Written synchronously (src/cli/process.ts): an output longer than a pipe holds arrives whole,
    // and a reader that goes away ends the command quietly with 0.
    const call = run(process.execPath, [command, "example", "call"], dir);
    if (call !== readFileSync(join(ROOT, "examples/call-2022.json"), "utf8").trim())
      throw new Error(`example call: ${call.length} characters, not the example call`);
    const cut = spawnSync(
      "bash",
      ["-c", `"$0" ${command} example call | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd: dir,
        encoding: "utf8",
        argv0: process.execPath,
      },
    );
    if (cut.stdout.trim() !== "0" || cut.stderr !== "")
      throw new Error(`example call | head: exit ${cut.stdout.trim()}, stderr ${cut.stderr}`);
    const parts = readdirSync(join(dir, "cli"), { encoding: "utf8" }).sort();
    const expected = [...COMMANDS, "help"].map((p) => `${p}.cjs`).sort();
    if (parts.join() !== expected.join()) throw new Error(`parts ${parts.join(", ")}, not ${expected.join(", ")}`);
    const files = parts.map((f) => readFileSync(join(dir, "cli", f)));
    const texts = files.map((b) => b.toString("latin1"));
    // ASCII alone: Node reads and V8 parses it faster than UTF-8 (tsup.config.ts).
    const notAscii = parts.filter((_, i) => files[i]!.some((byte) => byte > 0x7f));
    if (notAscii.length > 0) throw new Error(`parts with characters outside ASCII: ${notAscii.join(", ")}`);
    // zod's ahead-of-time parser is left out of the command (src/cli/contract.ts).
    const compiled = parts.filter((_, i) => texts[i]!.includes("zod.compile"));
    if (compiled.length > 0) throw new Error(`parts with zod's compile: ${compiled.join(", ")}`);
    const bytes = texts.reduce((a, t) => a + t.length, readFileSync(join(dir, command)).length);
    const assess = statSync(join(dir, "cli", "assess.cjs")).size;
    return `${version}, the bin and ${parts.length} parts: ${kB(bytes)}, of which assess ${kB(assess)}`;
  });

  if (failures > 0) {
    console.log(`\n${failures} smoke check(s) failed; the projects are kept in ${relative(ROOT, WORK)}/`);
    process.exit(1);
  }
  rmSync(WORK, { recursive: true, force: true });
}

await main();

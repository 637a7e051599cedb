/**
 * Generates the API reference in Markdown (`docs/api/`) with TypeDoc and typedoc-plugin-markdown,
 * from the TSDoc of every export of `digikannustin`, `digikannustin/testing` and
 * `digikannustin/examples` (settings in typedoc.json). An undocumented export is an error, so the
 * build fails. Run with `npm run docs:api`; `test/api-docs/typedoc.test.ts` regenerates the pages
 * in a temporary directory and fails when the committed ones differ.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Application, LogLevel } from "typedoc";

/** Where the committed pages live. */
export const API_DIR = fileURLToPath(new URL("../docs/api/", import.meta.url));

// The TSDoc examples are fragments (`assess(application2022)` stands for the reader's own data), so
// the documentation harness, which runs every ```ts block under docs/, is told to show them only.
const NOT_RUN = "// not-run (TSDoc example)";

function markExamplesNotRun(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) markExamplesNotRun(path);
    else if (name.endsWith(".md")) {
      const text = readFileSync(path, "utf8");
      const marked = text.replace(/^(```(?:ts|typescript))\n(?!\/\/ not-run)/gm, `$1\n${NOT_RUN}\n`);
      if (marked !== text) writeFileSync(path, marked);
    }
  }
}

/** Generates the pages into `out`; resolves to the number of errors and warnings TypeDoc reported. */
export async function generateApiDocs(out: string): Promise<{ errors: number; warnings: number }> {
  const app = await Application.bootstrapWithPlugins({
    options: fileURLToPath(new URL("../typedoc.json", import.meta.url)),
    out,
    logLevel: LogLevel.Warn,
  });
  const project = await app.convert();
  if (project) {
    app.validate(project);
    // treatWarningsAsErrors: a warning (an undocumented export) stops the build before it writes.
    if (app.logger.errorCount === 0 && app.logger.warningCount === 0) {
      await app.generateOutputs(project);
      markExamplesNotRun(out);
    }
  }
  return { errors: app.logger.errorCount, warnings: app.logger.warningCount };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { errors, warnings } = await generateApiDocs(API_DIR);
  if (errors > 0 || warnings > 0) {
    console.error(`docs:api failed: ${errors} errors, ${warnings} warnings (undocumented exports fail the build)`);
    process.exitCode = 1;
  } else {
    console.log(`wrote ${API_DIR}`);
  }
}

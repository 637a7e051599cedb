// Refreshes the two screenshots the README shows (the overview and the try-it page, in English)
// from those the browser tests wrote: run `npm run test:site` first, then `npm run docs:screenshots`.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { OUT, ROOT } from "./build.js";

const FROM = join(OUT, "screenshots");
const TO = join(ROOT, "site", "screenshots");
const SHOTS: Readonly<Record<string, string>> = { "index-en.png": "overview-en.png", "try-late-en.png": "try-en.png" };

mkdirSync(TO, { recursive: true });
for (const [from, to] of Object.entries(SHOTS)) {
  if (!existsSync(join(FROM, from))) {
    process.stderr.write(`no ${join(FROM, from)}: run npm run test:site first\n`);
    process.exit(1);
  }
  copyFileSync(join(FROM, from), join(TO, to));
  process.stdout.write(`site/screenshots/${to}\n`);
}

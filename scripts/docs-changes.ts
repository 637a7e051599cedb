// Writes docs/changes.md from the edition data: `npm run docs:changes`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderChangesDocument } from "../src/diff/changesDocument.js";

const target = resolve(dirname(fileURLToPath(import.meta.url)), "../docs/changes.md");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderChangesDocument());
console.log(`wrote ${target}`);

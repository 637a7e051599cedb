// `npm run demo`: the library's main job on the built-in example data. Assesses the 49 fictional
// applications of the 2022 call under the 2022 rules, then shares out the 10 M€ appropriation.
// Finnish by default; `npm run demo -- --locale en` or `--locale sv`.
import { parseArgs } from "node:util";
import { LOCALES, type Locale } from "../vocabulary/locale.js";
import { demoReport } from "./demoReport.js";

const { values } = parseArgs({ args: process.argv.slice(2), options: { locale: { type: "string", default: "fi" } } });
if (!(LOCALES as readonly string[]).includes(values.locale)) {
  process.stderr.write(`demo: --locale must be one of ${LOCALES.join(", ")}\n`);
  process.exit(2);
}
process.stdout.write(demoReport(values.locale as Locale));

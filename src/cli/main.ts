// The `digikannustin` command run from source (`npx tsx src/cli/main.ts …`, and the tests that spawn
// it): the whole command line (all.ts) on this process's I/O. The built command is bin.ts.
import "./jitless.js";
import { run } from "./all.js";
import { processIo } from "./process.js";

process.exitCode = await run(process.argv.slice(2), processIo());

// Run zod without its ahead-of-time parsers in this process. A command parses one or a few inputs
// and exits: building the compiled parser of the input contract (z.compile) and zod's generated
// object checks costs more than they save on so few inputs. The library reads the setting once,
// when its modules load, so main.ts calls this before it loads them. Only the executable calls it:
// the setting is the process's, and the library never changes it.
import { config } from "zod/mini";

/** Sets zod's `jitless` for this process. */
export function runWithoutJit(): void {
  config({ jitless: true });
}

// Importing this module runs zod without its ahead-of-time parsers in this process: a command parses
// one or a few inputs and exits, and building zod's generated object checks costs more than they
// save on so few inputs. zod reads the setting as it builds each object schema, when the library's
// modules load, so the command's entry points (main.ts, parts/) import this module before the library. Only the executable imports it:
// the setting is the process's, and the library never changes it.
import { config } from "zod/mini";

config({ jitless: true });

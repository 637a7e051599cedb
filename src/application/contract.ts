import { compile } from "zod/mini";
import { globalConfig } from "zod/v4/core";
import { applicationSchema } from "./schema.js";

/**
 * The input contract as {@link parseApplication} runs it: with zod's ahead-of-time parser
 * (`z.compile`), which parses a valid application several times faster than zod's runtime parser;
 * an input it rejects goes to the runtime parser, which reports the issues, so the issues are the
 * same. Built once, when the module loads, unless the host has set zod's `jitless` by then; where
 * `new Function` is forbidden, `compile` hands back the runtime parser itself. The command line's
 * build puts src/cli/contract.ts in this module's place (tsup.config.ts).
 */
export const contract: typeof applicationSchema = /* @__PURE__ */ compileContract();

function compileContract(): typeof applicationSchema {
  return globalConfig.jitless ? applicationSchema : compile(applicationSchema);
}

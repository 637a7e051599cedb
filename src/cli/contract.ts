// The input contract as the built command line runs it, in place of src/application/contract.ts
// (tsup.config.ts): zod's runtime parser. A command parses one input and exits, so the ahead-of-time
// parser would cost more to build than it saves, and leaving out `z.compile` leaves out the part of
// zod that builds it (about 35 kB of the command's 315, and a tenth of its start-up; issue #15).
import { applicationSchema } from "../application/schema.js";

/** The input contract: the schema itself, parsed by zod's runtime parser. */
export const contract: typeof applicationSchema = applicationSchema;

import { type $ZodLooseShape, type $constructor as Constructor, $ZodObjectJIT, $constructor, type $strip } from "zod/v4/core";
import { ZodMiniObject } from "zod/mini";

// zod/mini's objects parse with a generic loop over their keys. zod's own objects (the core's
// `$ZodObjectJIT`, which `import * as z from "zod"` uses) generate a parser per shape on first use,
// twice as fast for the input contract; they keep the loop where the host forbids `new Function` or
// sets `jitless`. Same core, same issues, same types: only the parse of a valid input is faster.
const ZodMiniObjectJIT: Constructor<ZodMiniObject> = /*@__PURE__*/ $constructor("ZodMiniObjectJIT", (inst, def) => {
  $ZodObjectJIT.init(inst, def);
  ZodMiniObject.init(inst, def);
});

/** `z.object` of zod/mini with the generated parser of zod's own objects. Unknown keys are dropped. */
export function jitObject<T extends $ZodLooseShape>(shape: T): ZodMiniObject<{ -readonly [K in keyof T]: T[K] }, $strip> {
  return new ZodMiniObjectJIT({ type: "object", shape }) as never;
}

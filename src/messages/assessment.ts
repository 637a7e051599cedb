import { applicationMessages } from "./application.js";
import type { ParamsOf } from "./catalogue.js";
import { kernelMessages } from "./kernel.js";
import { ruleMessages } from "./rules/index.js";
import type { Locale } from "../vocabulary/locale.js";

// The messages `parseApplication` and `assess` can give: the input contract's, the money and time
// kernels' and the rules'. Kept apart from the allocation and diff texts so that they stay out of
// a bundle that only assesses (issue #8's size budget).
const assessmentMessages = { ...kernelMessages, ...applicationMessages, ...ruleMessages };

/** A code of a message that parsing or assessing an application can give. */
export type AssessmentMessageCode = keyof typeof assessmentMessages;

/** Formats a message of parsing or assessing; the codes and parameters are checked at compile time. */
export function formatAssessmentMessage<C extends AssessmentMessageCode>(
  code: C,
  params: ParamsOf<C>,
  locale: Locale,
): string {
  const entry = assessmentMessages[code] as unknown as Record<Locale, (p: ParamsOf<C>) => string>;
  return entry[locale](params);
}

import { applicationMessages } from "./application.js";
import { formatterOf } from "./formatter.js";
import { kernelMessages } from "./kernel.js";
import { ruleMessages } from "./rules/index.js";

// The messages `parseApplication` and `assess` can give: the input contract's, the money and time
// kernels' and the rules'. Kept apart from the allocation and diff texts so that they stay out of
// a bundle that only assesses (issue #8's size budget).
const assessmentMessages = { ...kernelMessages, ...applicationMessages, ...ruleMessages };

/** A code of a message that parsing or assessing an application can give. */
export type AssessmentMessageCode = keyof typeof assessmentMessages;

/** Formats a message of parsing or assessing; the codes and parameters are checked at compile time. */
export const formatAssessmentMessage = /* @__PURE__ */ formatterOf(assessmentMessages);

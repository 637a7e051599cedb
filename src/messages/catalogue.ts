import { deepFreeze } from "../vocabulary/freeze.js";
import { allocationMessages } from "./allocation.js";
import { applicationMessages } from "./application.js";
import { changeMessages } from "./change.js";
import { diffMessages } from "./diff.js";
import { editionMessages } from "./editions.js";
import { kernelMessages } from "./kernel.js";
import { passOnMessages } from "./passOn.js";
import { recoveryMessages } from "./recovery.js";
import { reportMessages } from "./report.js";
import { ruleMessages } from "./rules/index.js";
import { termsMessages } from "./terms.js";
import { type Locale, checkLocale } from "../vocabulary/locale.js";

/**
 * The one message catalogue: every finding and issue code with its text in Finnish, Swedish and
 * English. Each family declares its part with `defineMessages`; a missing language does not compile.
 */
export const catalogue = deepFreeze({
  // Frozen: one caller must not be able to rewrite a message for every other caller.
  ...kernelMessages,
  ...applicationMessages,
  ...changeMessages,
  ...allocationMessages,
  ...diffMessages,
  ...editionMessages,
  ...passOnMessages,
  ...recoveryMessages,
  ...reportMessages,
  ...ruleMessages,
  ...termsMessages,
});

/** A stable message code, e.g. `"grant.exceedsMaximum"`. */
export type MessageCode = keyof typeof catalogue;

/** The parameters a message code takes. */
export type ParamsOf<C extends MessageCode> = Parameters<(typeof catalogue)[C]["fi"]>[0];

/**
 * The text of a message in a language.
 *
 * @example
 * ```ts
 * formatMessage("money.negative", { input: "-1.00" }, "en"); //=> "-1.00: the amount cannot be negative."
 * ```
 */
export function formatMessage<C extends MessageCode>(code: C, params: ParamsOf<C>, locale: Locale): string {
  checkLocale("formatMessage", locale);
  const entry = catalogue[code] as unknown as Record<Locale, (p: ParamsOf<C>) => string>;
  return entry[locale](params);
}

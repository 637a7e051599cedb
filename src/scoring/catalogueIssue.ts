import { formatMessage } from "../messages/catalogue.js";
import { issueMaker } from "./issue.js";

/** An issue that stops a whole allocation, a scoring model or a decision record; any code of the catalogue. */
export const issue = /* @__PURE__ */ issueMaker(formatMessage);

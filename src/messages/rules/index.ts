// The messages of the assessment, one family's file per rule family (`src/rules/<family>.ts`).
import { defineMessages } from "../../vocabulary/locale.js";
import type { Empty } from "./params.js";
import { applicantMessages } from "./applicant.js";
import { consortiumMessages } from "./consortium.js";
import { contentsMessages } from "./contents.js";
import { costsMessages } from "./costs.js";
import { deadlineMessages } from "./deadline.js";
import { exclusionMessages } from "./exclusion.js";
import { focusAreaMessages } from "./focusArea.js";
import { grantMessages } from "./grant.js";
import { periodMessages } from "./period.js";
import { noticeMessages } from "../notices.js";

/** Messages of the assessment: one code per rule verdict, `assess.failed`, and the notices beside the findings. */
export const ruleMessages = {
  ...defineMessages({
    "assess.failed": {
      fi: (_: Empty) =>
        "Hakemusta ei voitu arvioida odottamattoman virheen vuoksi. Ilmoita virheestä kirjaston ylläpitäjille.",
      sv: (_: Empty) =>
        "Ansökan kunde inte bedömas på grund av ett oväntat fel. Rapportera felet till bibliotekets utvecklare.",
      en: (_: Empty) =>
        "The application could not be assessed because of an unexpected error. Please report it to the library's maintainers.",
    },
  }),
  ...applicantMessages,
  ...consortiumMessages,
  ...deadlineMessages,
  ...focusAreaMessages,
  ...exclusionMessages,
  ...costsMessages,
  ...grantMessages,
  ...periodMessages,
  ...contentsMessages,
  ...noticeMessages,
};

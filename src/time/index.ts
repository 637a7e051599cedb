export {
  type CalendarDate,
  HELSINKI_TIME_ZONE,
  type Instant,
  type TimeIssue,
  type TimeIssueCode,
  compareDates,
  helsinkiDate,
  helsinkiInstant,
  parseCalendarDate,
  parseInstant,
  toHelsinkiIso,
} from "./instant.js";
export { formatDate, formatHelsinkiTime } from "./format.js";

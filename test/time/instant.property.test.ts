import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EARLIEST_INSTANT_MS,
  LATEST_INSTANT_MS,
  asHelsinkiIso,
  helsinkiDate,
  helsinkiInstant,
  parseCalendarDate,
  parseInstant,
  toHelsinkiIso,
} from "../../src/time/instant.js";

const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2031, 0, 1) - 1;
const epochMs = fc.integer({ min: FROM, max: TO });

/** The last Sunday of a month at 01:00 UTC: when EU summer time starts (March) and ends (October). */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Helsinki's offset by the EU rule (Directive 2000/84/EC), independent of any time-zone database. */
function euRuleOffset(ms: number): "+02:00" | "+03:00" {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt0100Utc(year, 3) && ms < lastSundayAt0100Utc(year, 10) ? "+03:00" : "+02:00";
}

describe("time properties, 2015–2030", () => {
  it("toHelsinkiIso re-parsed gives the same instant to the second, with offset +02:00 or +03:00", () => {
    fc.assert(
      fc.property(epochMs, (ms) => {
        const iso = toHelsinkiIso(ms);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+]0[23]:00$/);
        expect(parseInstant(iso)).toEqual({ success: true, data: Math.floor(ms / 1000) * 1000 });
      }),
    );
  });

  it("the offset follows the EU summer-time rule: +03:00 from the last Sunday of March to the last Sunday of October, 01:00 UTC", () => {
    fc.assert(
      fc.property(epochMs, (ms) => {
        expect(toHelsinkiIso(ms).slice(19)).toBe(euRuleOffset(ms));
      }),
    );
  });

  it("the wall-clock time is the UTC time moved by the offset", () => {
    fc.assert(
      fc.property(epochMs, (ms) => {
        const offsetHours = euRuleOffset(ms) === "+03:00" ? 3 : 2;
        const wall = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19);
        expect(toHelsinkiIso(ms).slice(0, 19)).toBe(wall);
        expect(helsinkiDate(ms)).toBe(wall.slice(0, 10));
      }),
    );
  });

  it("helsinkiInstant keeps the wall-clock time, except in the spring gap where it moves an hour forward", () => {
    fc.assert(
      fc.property(epochMs, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (ms, h, m) => {
        const date = new Date(ms).toISOString().slice(0, 10);
        const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        const iso = helsinkiInstant(date, time);
        const inGap = iso.slice(0, 10) === date && iso.slice(11, 16) !== time;
        if (inGap) {
          expect(h).toBe(3);
          expect(iso).toBe(`${date}T04:${time.slice(3)}:00+03:00`);
        } else {
          expect(iso.slice(0, 16)).toBe(`${date}T${time}`);
        }
        // Written back from its instant, the result is the same text.
        const parsed = parseInstant(iso);
        expect(parsed.success && toHelsinkiIso(parsed.data)).toBe(iso);
      }),
    );
  });

  it("parseInstant reads any offset from −12:00 to +14:00 to the same instant", () => {
    const offsetMinutes = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);
    fc.assert(
      fc.property(epochMs, offsetMinutes, (ms, offset) => {
        const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
        const abs = Math.abs(offset);
        const text = `${wall}${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        expect(parseInstant(text)).toEqual({ success: true, data: ms });
      }),
    );
  });
});

describe("toHelsinkiIso over the years 0000–9999", () => {
  // The calendar arithmetic must agree with the platform's own Date calendar on every day.
  const anyMs = fc.integer({ min: -62_167_219_200_000 /* 0000-01-01T00:00Z */, max: Date.UTC(9999, 11, 31, 21) });
  it("the wall-clock time is the Date calendar of the instant moved by its offset", () => {
    fc.assert(
      fc.property(anyMs, (ms) => {
        const iso = toHelsinkiIso(ms);
        const sign = iso[19] === "-" ? -1 : 1;
        const offsetMs = sign * (Number(iso.slice(20, 22)) * 60 + Number(iso.slice(23, 25))) * 60_000;
        const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetMs).toISOString().slice(0, 19);
        expect(iso.slice(0, 19)).toBe(wall);
      }),
      { numRuns: 2000 },
    );
  });
});

// Valid instants of the years 0000–9999 at any offset, and near misses of them (a character replaced
// or cut: a letter for a digit, another separator, 60 seconds, a 24:00 offset, 30 February, minutes
// only, a fraction).
const validInstant = fc
  .tuple(
    fc.integer({ min: -62_167_219_200_000, max: 253_402_293_599_999 }),
    fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
  )
  .map(([ms, offset]) => {
    const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
    const abs = Math.abs(offset);
    const zone =
      offset === 0
        ? "Z"
        : `${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    return `${wall}${zone}`;
  })
  .filter((text) => /^\d{4}-/.test(text));
const replacement = fc.constantFrom(
  ..."0123456789",
  "9",
  "6",
  "3",
  "a",
  " ",
  "/",
  ":",
  "-",
  "+",
  "Z",
  "z",
  "T",
  "t",
  "−",
  "٣",
  "\u0000",
);
const nearInstant = fc
  .tuple(
    validInstant,
    fc.array(fc.tuple(fc.nat(24), replacement), { maxLength: 2 }),
    fc.constantFrom("", "", "", "cut", ".5", ".123"),
  )
  .map(([text, changes, tail]) => {
    let t = text;
    for (const [i, c] of changes) t = t.slice(0, i) + c + t.slice(i + 1);
    // Minutes only, or a fraction of a second.
    if (tail === "cut") return t.slice(0, 16) + t.slice(19);
    return tail === "" ? t : t.slice(0, 19) + tail + t.slice(19);
  });

describe("parseInstant's arithmetic", () => {
  it("reads every instant of the years 0000–9999 at any offset as Date does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_293_599_999 }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (ms, offset) => {
          const wall = new Date(ms + offset * 60_000).toISOString();
          const abs = Math.abs(offset);
          const zone = `${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          if (!/^\d{4}-/.test(wall)) return;
          // To the second and to the millisecond.
          expect(parseInstant(`${wall.slice(0, 19)}${zone}`)).toEqual({
            success: true,
            data: Math.floor(ms / 1000) * 1000,
          });
          expect(parseInstant(`${wall.slice(0, 23)}${zone}`)).toEqual({ success: true, data: ms });
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("parseInstant's range", () => {
  it("reads exactly the instants that Finnish time writes in the years 0000–9999", () => {
    fc.assert(
      fc.property(validInstant, (text) => {
        const r = parseInstant(text);
        const ms = Date.parse(text);
        if (ms < EARLIEST_INSTANT_MS || ms > LATEST_INSTANT_MS) {
          expect(r).toEqual({ success: false, issues: [{ code: "time.outOfRange", input: text }] });
          return;
        }
        expect(r).toEqual({ success: true, data: ms });
        expect(toHelsinkiIso(ms)).toMatch(/^\d{4}-/);
      }),
      { numRuns: 3000 },
    );
    expect(toHelsinkiIso(EARLIEST_INSTANT_MS)).toBe("0000-01-01T01:39:00+01:39");
    expect(toHelsinkiIso(LATEST_INSTANT_MS)).toBe("9999-12-31T23:59:59+02:00");
  });
});

describe("parseInstant on near misses", () => {
  it("reads what it accepts to the instant Date reads, and refuses many", () => {
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(nearInstant, (text) => {
        const r = parseInstant(text);
        // Date.parse reads every text the contract accepts (and more: it rolls 30 February over).
        if (r.success) expect(r.data).toBe(Date.parse(text));
        if (r.success) read++;
        else refused++;
      }),
      { numRuns: 5000 },
    );
    expect(read, "many texts must be instants").toBeGreaterThan(1000);
    expect(refused, "many texts must be refused").toBeGreaterThan(1000);
  });
});

describe("parseCalendarDate", () => {
  // The date pattern and the Date calendar, as an oracle.
  const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const nearDate = fc
    .tuple(
      fc.integer({ min: -62_167_219_200_000, max: 253_402_293_599_999 }),
      fc.array(fc.tuple(fc.nat(11), replacement), { maxLength: 2 }),
    )
    .map(([ms, changes]) => {
      let t = new Date(ms).toISOString().slice(0, 10);
      for (const [i, c] of changes) t = t.slice(0, i) + c + t.slice(i + 1);
      return t;
    });

  it("reads YYYY-MM-DD as the pattern /^\\d{4}-\\d{2}-\\d{2}$/ and the calendar do", () => {
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string({ maxLength: 12 })), (text) => {
        const m = DATE.exec(text);
        const r = parseCalendarDate(text);
        if (!m) {
          expect(r).toEqual({ success: false, issues: [{ code: "time.notADate", input: text.slice(0, 40) }] });
          return;
        }
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const exists =
          mo >= 1 &&
          mo <= 12 &&
          d >= 1 &&
          d <=
            new Date(Date.UTC(2000, mo, 0)).getUTCDate() +
              (mo === 2 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? -1 : 0);
        expect(r).toEqual(
          exists
            ? { success: true, data: text }
            : { success: false, issues: [{ code: "time.impossibleDate", input: text }] },
        );
      }),
      { numRuns: 5000 },
    );
  });
});

// asHelsinkiIso writes a submission time again as Finnish time: texts written in Helsinki time, the
// same with another offset or a fraction of a second, and instants at any offset must all give
// toHelsinkiIso's text, and a text already written in Helsinki time is given back as it is.
const helsinkiWritten = fc
  .integer({ min: -62_167_219_200_000, max: Date.UTC(9999, 11, 31, 21) })
  .map((ms) => toHelsinkiIso(ms));
const sameInstantOtherwise = fc
  .tuple(helsinkiWritten, fc.constantFrom("+02:00", "+03:00", "-02:00", "+00:00", ".000", ".5"))
  .map(([text, change]) =>
    change.startsWith(".") ? text.slice(0, 19) + change + text.slice(19) : text.slice(0, 19) + change,
  );

describe("asHelsinkiIso", () => {
  it("is toHelsinkiIso of the instant its text was read to", () => {
    let own = 0;
    fc.assert(
      fc.property(fc.oneof(helsinkiWritten, sameInstantOtherwise, nearInstant), (text) => {
        const read = parseInstant(text);
        if (!read.success) return;
        // Outside the years 0000–9999 in Helsinki time there is no ISO text, and both refuse alike.
        let expected: string;
        try {
          expected = toHelsinkiIso(read.data);
        } catch {
          expect(() => asHelsinkiIso(text, read.data)).toThrow(RangeError);
          return;
        }
        const iso = asHelsinkiIso(text, read.data);
        expect(iso).toBe(expected);
        if (iso === text) own++;
      }),
      { numRuns: 5000 },
    );
    expect(own, "many texts must already be Helsinki ISO text").toBeGreaterThan(1000);
  });
});

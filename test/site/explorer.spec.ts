// The rules explorer in a real headless Chromium: the built pages, served on 127.0.0.1, clicked and
// typed into as a reader would, compared with the library's own answers. Run by `npm run test:site`
// (part of `npm test`). The Chromium is the one `npm ci` brings in @sparticuz/chromium (unpacked to
// /tmp on first use); nothing is downloaded, and no test skips itself: without a browser every test
// fails with the instruction.
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import sparticuz from "@sparticuz/chromium";
import Decimal from "decimal.js";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { allocate, assess, compareAcrossEditions, editionIds, ruleCatalogue } from "../../src/index.js";
import { exampleApplications, exampleCall2022 } from "../../src/examples/index.js";
import { OUT, buildSite } from "../../site/build.js";
import { encodeSituation } from "../../site/client/state.js";
import { type RunningServer, serve } from "../../site/serve.js";

const SCREENSHOTS = join(OUT, "screenshots");
const SCENARIOS = join(import.meta.dirname, "..", "scenarios");
const DESKTOP = { width: 1280, height: 900 };
/** A phone held upright. */
const PHONE = { width: 390, height: 844 };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

/** A tab that records every console error, uncaught exception and failed request, opened at a path. */
async function open(path: string | null): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()}: ${r.url()}`);
  });
  if (path !== null) await page.goto(server.url + path);
  return { page, errors };
}

/**
 * Starts the Chromium of @sparticuz/chromium with its own flags, or the one `CHROMIUM_PATH` names (for a
 * platform other than Linux x64, which is all the package ships for).
 */
async function launch(): Promise<Browser> {
  const own = process.env["CHROMIUM_PATH"];
  const instruction =
    own === undefined
      ? "Run `npm ci`: it brings @sparticuz/chromium, whose Chromium for Linux x64 needs the system's NSS library (Debian: apt-get install -y libnss3). Elsewhere set CHROMIUM_PATH to a Chromium."
      : `CHROMIUM_PATH is ${own}: point it at a Chromium, or unset it to use @sparticuz/chromium's.`;
  try {
    if (own !== undefined && !existsSync(own)) throw new Error(`no file at ${own}`);
    return await chromium.launch({
      executablePath: own ?? (await sparticuz.executablePath()),
      args: own === undefined ? sparticuz.args : ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
      headless: true,
    });
  } catch (cause) {
    throw new Error(`No Chromium could start. ${instruction}`, { cause });
  }
}

/** Why no browser started, if none did: then every test fails with it, none is skipped. */
let unavailable: Error | undefined;

beforeAll(async () => {
  await buildSite();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serve(OUT);
  try {
    browser = await launch();
    context = await browser.newContext({ viewport: DESKTOP });
  } catch (error) {
    unavailable = error as Error;
  }
}, 120_000);

beforeEach(() => {
  if (unavailable !== undefined) throw unavailable;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page kinds, each in every language (the rules reference is in the page's own language). */
const PAGES = (locale: string) => [
  "index.html",
  "rules/index.html",
  "rules/grant.withinMaximum.html",
  "try.html",
  "years.html",
  "allocate.html",
  "open-questions.html",
  "docs/index.html",
  "docs/guide.html",
  "docs/changes.html",
  "docs/editions/2022.html",
  `docs/rules/2022.${locale}.html`,
  "docs/api/index/functions/assess.html",
];

/** The serious and critical violations axe-core finds on the page (WCAG 2.1 A and AA). */
async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ resultTypes: ["violations"] })
    .analyze();
  return axe.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * What a phone shows wrong: how far the page scrolls sideways (a wide table scrolls in its own box
 * instead), and the boxes that scroll sideways but cannot take the focus, so no keyboard can scroll them.
 */
async function narrowFaults(page: Page): Promise<{ pageOverflow: number; unfocusable: string[] }> {
  // A string, as the other scripts run in the page here: the tests are type-checked without the DOM.
  return page.evaluate(`(() => {
    const root = document.documentElement;
    const unfocusable = [...document.querySelectorAll("main *")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX))
      .filter((el) => el.tabIndex < 0 && el.querySelector("a, button, input, select, textarea, [tabindex]") === null)
      .map((el) => el.tagName.toLowerCase() + "." + el.className);
    return { pageOverflow: root.scrollWidth - root.clientWidth, unfocusable };
  })()`);
}

describe("every kind of page, in every language: no console error, no failed request, no serious or critical axe violation, no sideways scrolling on a phone", () => {
  for (const locale of ["fi", "sv", "en"]) {
    it(locale, async () => {
      // One tab per language, navigated from page to page as a reader does; axe once per page.
      const { page, errors } = await open(null);
      for (const path of PAGES(locale)) {
        errors.length = 0;
        await page.setViewportSize(DESKTOP);
        await page.goto(`${server.url}${locale}/${path}`);
        const serious = await seriousViolations(page);
        expect({ path, errors, serious }).toEqual({ path, errors: [], serious: [] });
        expect(await page.getAttribute("html", "lang")).toBe(locale);
        const name = `${path.replace(".html", "").replaceAll("/", "-")}-${locale}`;
        if (locale !== "sv" && (path === "index.html" || path === "try.html")) {
          await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
        }
        // The same page on a phone.
        await page.setViewportSize(PHONE);
        expect({ path, ...(await narrowFaults(page)) }).toEqual({ path, pageOverflow: 0, unfocusable: [] });
        if (locale === "en") {
          const table = page.locator(".table-scroll").first();
          if ((await table.count()) > 0) await table.evaluate((el) => el.scrollIntoView({ block: "start" }));
          await page.screenshot({ path: join(SCREENSHOTS, `phone-${name}.png`) });
        }
      }
      await page.close();
    }, 180_000);
  }
});

/** Reads what a reader sees on the try page: the verdict, the failing rules and the maximum grant. */
async function seen(page: Page): Promise<{ status: string | null; failing: string[]; maxGrant: string | null }> {
  const status = await page.getAttribute("#verdict [data-status]", "data-status");
  const failing = await page
    .locator('#findings li[data-outcome="fail"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-rule") ?? ""));
  const max = page.locator("#verdict [data-max-grant]");
  const maxGrant = (await max.count()) === 0 ? null : await max.getAttribute("data-max-grant");
  return { status, failing: failing.sort(), maxGrant };
}

describe("try it", () => {
  it("gives every scenario of test/scenarios the library's verdict, failing rules and maximum grant", async () => {
    const { page, errors } = await open("en/try.html");
    let count = 0;
    for (const edition of readdirSync(SCENARIOS).filter((d) => !d.includes("."))) {
      for (const file of readdirSync(join(SCENARIOS, edition)).filter((f) => f.endsWith(".json"))) {
        const scenario = JSON.parse(readFileSync(join(SCENARIOS, edition, file), "utf8"));
        const options = scenario.options ?? {};
        const hash = encodeSituation({
          json: JSON.stringify(scenario.input, null, 2),
          ...(options.alandMunicipalities === undefined ? {} : { aland: options.alandMunicipalities }),
          ...(options.at === undefined ? {} : { at: options.at }),
        });
        // A permalink opened in the page: the page reads the situation from the URL.
        await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
        const library = assess(scenario.input, { ...options, locale: "en" });
        const expected = {
          status: library.status,
          failing: library.findings
            .filter((f) => f.outcome === "fail")
            .map((f) => f.rule)
            .sort(),
          maxGrant: library.budget?.maxGrant ?? null,
        };
        await expect.poll(() => seen(page), { timeout: 2000 }).toEqual(expected);
        expect(expected.status, `${edition}/${file}`).toBe(scenario.expected.status);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(45);
    expect(errors).toEqual([]);
  }, 60_000);

  it("is filled and submitted with the keyboard alone: a late submission fails with its reason and citation", async () => {
    const { page, errors } = await open("en/try.html");
    await expect.poll(() => page.getAttribute("#verdict [data-status]", "data-status")).toBe("eligible");
    // Tab from the top of the page to the submission time, as a keyboard user does.
    let tabs = 0;
    while ((await page.evaluate("document.activeElement && document.activeElement.id")) !== "f-submitted") {
      await page.keyboard.press("Tab");
      expect(++tabs).toBeLessThan(80);
    }
    await page.keyboard.press("ControlOrMeta+A");
    // The next morning: 16.16 on the closing day would only need review (its time of day is inferred).
    await page.keyboard.type("2022-04-26T09:00:00+03:00");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("#verdict [data-status]", "data-status")).toBe("ineligible");
    // Enter submitted the form: the focus moved to the result.
    expect(await page.evaluate("document.activeElement.id")).toBe("result-title");
    expect(await page.locator("#verdict").textContent()).toContain("Ineligible");
    const late = page.locator('#findings li[data-rule="deadline.submittedInTime"]');
    expect(await late.getAttribute("data-outcome")).toBe("fail");
    const library = assess(
      { ...(exampleCall2022.candidates[0]!.application as object), submittedAt: "2022-04-26T09:00:00+03:00" },
      { locale: "en" },
    );
    const finding = library.findings.find((f) => f.rule === "deadline.submittedInTime")!;
    expect(await late.locator(".message").textContent()).toBe(finding.message);
    expect(await late.locator(".finding-cite").textContent()).toContain(finding.citation.split(";")[0]!);
    // Failing findings come first.
    expect(await page.locator("#findings li.finding").first().getAttribute("data-rule")).toBe(
      "deadline.submittedInTime",
    );
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "try-late-en.png") });
  }, 30_000);

  it("traces the budget to the cent when a line changes: eligible base × 85 % rounded down", async () => {
    const { page, errors } = await open("en/try.html");
    await page.locator("#line-0-amount").fill("100000.01");
    const input = JSON.parse(await page.locator("#json").inputValue());
    const library = assess(input, { locale: "en" });
    await expect.poll(() => page.getAttribute("[data-trace-max]", "data-trace-max")).toBe(library.budget!.maxGrant);
    expect(input.budget.lines[0].amount).toBe("100000.01");
    // The exact product, rounded down to the cent, is the maximum grant.
    const exact = new Decimal((await page.locator("[data-exact]").textContent()) ?? "NaN");
    expect(exact.toFixed(2, Decimal.ROUND_DOWN)).toBe(library.budget!.maxGrant);
    expect(exact.equals(new Decimal(library.budget!.eligibleCosts).times(library.budget!.rate))).toBe(true);
    expect(await page.locator('.trace tr[data-treatment="ineligible"]').count()).toBe(
      input.budget.lines.filter(
        (l: { category: string }) => l.category === "equipment" || l.category === "tangibleInvestment",
      ).length,
    );
    expect(errors).toEqual([]);
  });

  it("keeps the situation in a permalink that round-trips, and across a language switch", async () => {
    const { page, errors } = await open("en/try.html");
    await page.selectOption("#example", "edition:2019-1:0");
    await page.selectOption("#opt-edition", "2022");
    await page.selectOption("#opt-aland", "deny");
    const before = await seen(page);
    const json = await page.locator("#json").inputValue();
    const link = await page.locator("#permalink").inputValue();
    expect(link).toContain("#s=");
    const library = assess(JSON.parse(json), { edition: "2022", alandMunicipalities: "deny", locale: "en" });
    expect(before.status).toBe(library.status);
    const again = await context.newPage();
    await again.goto(link);
    await expect.poll(() => seen(again)).toEqual(before);
    expect(await again.locator("#json").inputValue()).toBe(json);
    expect(await again.locator("#opt-edition").inputValue()).toBe("2022");
    expect(await again.locator("#opt-aland").inputValue()).toBe("deny");
    expect(await again.locator("#use-cli").textContent()).toBe(
      "npx digikannustin assess application.json --locale en --edition 2022 --aland deny",
    );
    expect(await again.locator("#use-ts").textContent()).toContain(
      'assess(application, { locale: "en", edition: "2022", alandMunicipalities: "deny" })',
    );
    // The language switch keeps the situation and speaks Finnish.
    await again.click('a[data-lang="fi"]');
    await again.waitForURL(/\/fi\/try\.html#s=/);
    await expect.poll(() => seen(again)).toEqual(before);
    const fi = assess(JSON.parse(json), { edition: "2022", alandMunicipalities: "deny", locale: "fi" });
    const firstFailing = fi.findings.find((f) => f.outcome === "fail")!;
    expect(await again.locator(`#findings li[data-rule="${firstFailing.rule}"] .message`).textContent()).toBe(
      firstFailing.message,
    );
    expect(await again.locator("#verdict").textContent()).toContain("Ei avustuskelpoinen");
    expect(errors).toEqual([]);
  });

  it("stays within 150 kB of JavaScript, min + brotli", () => {
    const html = readFileSync(join(OUT, "en", "try.html"), "utf8");
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) =>
      m[1]!.replace(/^(\.\.\/)+/, ""),
    );
    expect(scripts).toEqual(["assets/search.js", "assets/try.js"]);
    const bytes = scripts.reduce(
      (sum, s) =>
        sum +
        brotliCompressSync(readFileSync(join(OUT, s)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    );
    console.log(`try page JavaScript: ${(bytes / 1000).toFixed(1)} kB min + brotli`);
    expect(bytes).toBeLessThan(150_000);
  });
});

describe("rule pages", () => {
  it("show the provision, the facts with their certainty in every edition, and what depends on them", async () => {
    const { page, errors } = await open("en/rules/deadline.submittedInTime.html");
    const rule = ruleCatalogue.find((r) => r.id === "deadline.submittedInTime")!;
    expect(await page.locator("h1").textContent()).toContain(rule.title.en);
    expect(await page.locator(".wording").textContent()).toBe(rule.description.en);
    expect(await page.locator(".provision").textContent()).toBe(rule.citation);
    const timeline = page.locator("section.fact", { has: page.locator("code", { hasText: "window.closesAt" }) });
    expect(await timeline.locator("tbody tr").count()).toBe(editionIds.length);
    const row2022 = timeline.locator("tbody tr", { has: page.locator("th", { hasText: "2022" }) });
    expect(await row2022.textContent()).toContain("25 April 2022 at 16:15 Finnish time");
    expect(await row2022.locator(".badge").textContent()).toBe("inferred");
    const row2021 = timeline.locator("tbody tr", { has: page.locator("th", { hasText: "2021" }) });
    expect(await row2021.locator(".badge").textContent()).toBe("sourced");
    // An example where the rule fails, opened in the try-it page.
    await page.click('a[data-example-outcome="fail"]');
    await page.waitForURL(/\/en\/try\.html#s=/);
    await expect
      .poll(() => page.getAttribute('#findings li[data-rule="deadline.submittedInTime"]', "data-outcome"))
      .toBe("fail");
    expect(errors).toEqual([]);
  });

  it("in Swedish, with the badge in Swedish", async () => {
    const { page } = await open("sv/rules/consortium.members.html");
    const rule = ruleCatalogue.find((r) => r.id === "consortium.members")!;
    expect(await page.locator("h1").textContent()).toContain(rule.title.sv);
    const aland = page.locator("section.fact", {
      has: page.locator("code", { hasText: "eligibility.alandMunicipalities" }),
    });
    expect(await aland.locator("tbody .badge").first().textContent()).toBe("hittades inte");
  });
});

describe("across years", () => {
  it("shows which rules flip under every edition, as compareAcrossEditions says", async () => {
    const { page, errors } = await open("en/years.html");
    const example = exampleApplications["2021"][0]!.application;
    const library = compareAcrossEditions(example, editionIds, { locale: "en" });
    await expect.poll(() => page.locator("#comparison-body tr[data-rule]").count()).toBe(library.changedRules.length);
    for (const changed of library.changedRules) {
      const row = page.locator(`#comparison-body tr[data-rule="${changed.rule}"]`);
      expect(await row.locator(".summary").textContent()).toBe(changed.summary);
      for (const id of editionIds) {
        expect(await row.locator(`td[data-edition="${id}"]`).getAttribute("data-outcome")).toBe(changed.outcomes[id]);
      }
    }
    for (const id of editionIds) {
      expect(await page.getAttribute(`.status-row td[data-edition="${id}"]`, "data-status")).toBe(
        library.byEdition[id].status,
      );
    }
    // The edition diff table names both citations.
    const closes = page.locator("#diff-2021-2022 tr", { has: page.locator("code", { hasText: "window.closesAt" }) });
    expect(await closes.textContent()).toContain("vm.fi/kuntien-digikannustinavustukset-2022");
    expect(errors).toEqual([]);
  });
});

describe("allocation sandbox", () => {
  it("reallocates live when the appropriation changes, to the cent, as allocate says", async () => {
    const { page, errors } = await open("en/allocate.html");
    await page.locator("#appropriation").fill("2500000.00");
    await page.locator('input[name="partial"][value="partial"]').check();
    const candidates = exampleCall2022.candidates.map((c) => ({
      id: c.id,
      application: c.application,
      score: c.score,
    }));
    const library = allocate(candidates, { appropriation: "2500000.00", partial: "partial", locale: "en" });
    if (!library.success) throw new Error("the example call did not allocate");
    await expect
      .poll(() => page.getAttribute("[data-total-granted]", "data-total-granted"))
      .toBe(library.data.totalGranted);
    expect(await page.getAttribute("[data-remaining]", "data-remaining")).toBe(library.data.remaining);
    const c = library.data.counts;
    expect(await page.locator("[data-counts]").textContent()).toBe(`${c.granted} / ${c.reserve} / ${c.rejected}`);
    const rows = await page
      .locator("#allocation-table tr[data-id]")
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute("data-id"), el.getAttribute("data-status"), el.getAttribute("data-amount")]),
      );
    expect(rows).toEqual(library.data.allocations.map((a) => [a.id, a.status, a.amount]));
    // The funded line sits right after the last granted application.
    const next = page.locator(".funded-line + tr");
    expect(await next.getAttribute("data-status")).not.toBe("granted");
    expect(errors).toEqual([]);
  });
});

describe("search, and the screenshots of the first tests", () => {
  it("finds the open question of Åland from any page", async () => {
    const { page, errors } = await open("en/index.html");
    await page.locator("#search-input").fill("Åland");
    await expect.poll(() => page.locator("#search-results a").count()).toBeGreaterThan(0);
    const links = await page
      .locator("#search-results a")
      .evaluateAll((els) => els.map((el) => el.getAttribute("href")));
    expect(links.some((l) => l?.endsWith("en/open-questions.html"))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("wrote screenshots of the overview and the try-it page, in fi and en", () => {
    for (const name of ["index-fi", "index-en", "try-fi", "try-en"]) {
      expect(existsSync(join(SCREENSHOTS, `${name}.png`)), name).toBe(true);
    }
  });
});

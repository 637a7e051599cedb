import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/all.js";
import { fakeIo } from "../cli/fakeIo.js";

const terms = readFileSync(new URL("./recovery/terms-2022.json", import.meta.url), "utf8");
const files = (grounds: unknown = [{ ground: "21.2", amount: "25000.00" }]) => ({
  "terms.json": terms,
  "payments.json": JSON.stringify([{ on: "2022-07-01", amount: "85000.00" }]),
  "grounds.json": JSON.stringify(grounds),
});
const args = ["recover", "terms.json", "payments.json", "grounds.json"];

describe("digikannustin recover", () => {
  it("exits 0 and prints the findings, the interest piece by piece, the totals and the liable", async () => {
    const f = fakeIo(files());
    const code = await run(
      [...args, "--at", "2024-05-15", "--due-on", "2024-06-28", "--learned-on", "2024-03-01"],
      f.io,
    );
    expect(code).toBe(0);
    expect(f.stderr()).toBe("");
    await expect(f.stdout()).toMatchFileSnapshot("./__snapshots__/recover-2022.en.txt");
  });

  it("speaks Swedish, and exits 3 when only discretionary grounds are given", async () => {
    const f = fakeIo(files([{ ground: "22.1.3" }]));
    expect(await run([...args, "--at", "2023-02-01", "--locale", "sv"], f.io)).toBe(3);
    expect(f.stdout()).toContain("ENLIGT PRÖVNING");
    expect(f.stdout()).toContain("Solidariskt ansvariga: Lohja, Espoo");
  });

  it("prints the recovery as JSON with the day count asked for", async () => {
    const f = fakeIo(files());
    await run([...args, "--at", "2024-05-15", "--day-count", "actual/actual", "--json"], f.io);
    expect(JSON.parse(f.stdout())).toMatchObject({
      outcome: "recover",
      dayCount: "actual/actual",
      principal: "25000.00",
    });
  });

  it("exits 2 without --at, on a bad date and on bad grounds", async () => {
    expect(await run(args, fakeIo(files()).io)).toBe(2);
    expect(await run([...args, "--at", "2024-05-15", "--due-on", "30.6.2024"], fakeIo(files()).io)).toBe(2);
    const f = fakeIo(files([{ ground: "99" }]));
    expect(await run([...args, "--at", "2024-05-15"], f.io)).toBe(2);
    expect(f.stderr()).toContain("grounds.0.ground");
  });

  it("leaves an amount or all of it uncollected with --waiver and its reason (688/2001 26 §)", async () => {
    const at = ["--at", "2024-05-15", "--json"];
    const part = fakeIo(files());
    await run([...args, ...at, "--waiver", "1000.00", "--waiver-reason", "Kunnan talous"], part.io);
    expect(JSON.parse(part.stdout())).toMatchObject({ waived: "1000.00", waiverReason: "Kunnan talous" });
    const all = fakeIo(files());
    await run([...args, ...at, "--waiver", "all", "--waiver-reason", "Erityisen painava syy"], all.io);
    const whole = JSON.parse(all.stdout());
    expect([whole.due, whole.waived]).toEqual(["0.00", whole.total ?? whole.waived]);
    for (const only of [
      ["--waiver", "1000.00"],
      ["--waiver-reason", "Syy"],
    ]) {
      const f = fakeIo(files());
      expect(await run([...args, ...at, ...only], f.io)).toBe(2);
      expect(f.stderr()).toContain("--waiver-reason");
    }
    const bad = fakeIo(files());
    expect(await run([...args, ...at, "--waiver", "1,5", "--waiver-reason", "Syy"], bad.io)).toBe(2);
    expect(bad.stderr()).toContain("options.waiver");
  });

  it("computes the interest with the reference rates of --rates", async () => {
    const rates = [{ from: "2022-07-01", to: "2022-12-31", rate: "1.0", source: "test", certainty: "sourced" }];
    const f = fakeIo({ ...files(), "rates.json": JSON.stringify(rates) });
    await run([...args, "--at", "2022-12-31", "--rates", "rates.json", "--json"], f.io);
    const r = JSON.parse(f.stdout());
    // 25 000 € × (1 + 3) % × 183/365 from 1.7.2022 to the decision day 31.12.2022: 501,37 €.
    expect(
      r.payments[0].interest.map((p: { rate: string; days: number; amount: string }) => [p.rate, p.days, p.amount]),
    ).toEqual([["4", 183, "501.37"]]);
    const bad = fakeIo({ ...files(), "rates.json": JSON.stringify([{ from: "2022-07-01" }]) });
    expect(await run([...args, "--at", "2022-12-31", "--rates", "rates.json"], bad.io)).toBe(2);
    expect(bad.stderr()).toContain("options.rates");
  });
});

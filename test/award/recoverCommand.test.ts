import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
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
});

import { diffEditions } from "../src/diff/diffEditions.js";
import { renderDiffMarkdown } from "../src/diff/renderDiff.js";
import { type BenchSuite, measure } from "./measure.js";

const suite: BenchSuite = () => {
  const changes = diffEditions("2021", "2022");
  return [
    measure("diff: diffEditions 2021 → 2022", () => diffEditions("2021", "2022"), { batch: 100 }),
    measure("diff: diffEditions 2019-1 → 2022", () => diffEditions("2019-1", "2022"), { batch: 100 }),
    measure("diff: diffEditions 2022 → 2022 (empty)", () => diffEditions("2022", "2022"), { batch: 100 }),
    measure(
      "diff: renderDiffMarkdown 2021 → 2022 (fi)",
      () => renderDiffMarkdown(changes, { locale: "fi", from: "2021", to: "2022" }),
      {
        batch: 100,
      },
    ),
  ];
};
export default suite;

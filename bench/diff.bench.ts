import { diffEditions, renderDiffMarkdown } from "../src/index.js";
import { type BenchSuite, measure } from "./measure.js";

const suite: BenchSuite = () => {
  const changes = diffEditions("2021", "2022");
  const rows = measure(
    [
      { name: "diff: diffEditions 2021 → 2022", fn: () => diffEditions("2021", "2022") },
      { name: "diff: diffEditions 2019-1 → 2022", fn: () => diffEditions("2019-1", "2022") },
      { name: "diff: diffEditions 2022 → 2022 (empty)", fn: () => diffEditions("2022", "2022") },
      {
        name: "diff: renderDiffMarkdown 2021 → 2022 (fi)",
        fn: () => renderDiffMarkdown(changes, { locale: "fi", from: "2021", to: "2022" }),
      },
    ],
    { timeMs: 100, warmupMs: 300 },
  );
  return { rows };
};
export default suite;

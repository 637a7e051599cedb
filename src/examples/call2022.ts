// The data is examples/call-2022.json, the file the command line reads, written by `npm run gen:examples`.
import call from "../../examples/call-2022.json";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { ExampleCall } from "./types.js";

/**
 * The built-in example call: 49 fictional applications to the 2022 call (hakukierros 2022), with
 * the scores of two or three reviewers each, numbered in the order they were sent. 30 are clean;
 * the other 19 fail or need review for the reasons a real call sees (see each `scenario`).
 * Deep-frozen.
 *
 * @example
 * ```ts
 * exampleCall2022.candidates.length;        //=> 49
 * exampleCall2022.candidates[0].id;         //=> "EX-2022-01"
 * exampleCall2022.candidates[0].application.edition; //=> "2022"
 * ```
 */
export const exampleCall2022: ExampleCall = /* @__PURE__ */ deepFreeze(call as ExampleCall);

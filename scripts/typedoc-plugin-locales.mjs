// A TypeDoc plugin for the docs build (npm run docs:api). The message catalogue is a typed table
// whose leaves are one function per language (`fi`, `sv`, `en`); their meaning is the language
// itself, so they are documented here rather than 500 times in the source.
import { Comment, Converter, ReflectionKind } from "typedoc";

const LANGUAGES = { fi: "The text in Finnish.", sv: "The text in Swedish.", en: "The text in English." };

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const text = LANGUAGES[reflection.name];
      if (!text || reflection.hasComment() || !reflection.getFullName().includes("catalogue.")) continue;
      reflection.comment = new Comment([{ kind: "text", text }]);
    }
  });
}

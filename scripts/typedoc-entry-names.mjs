// TypeDoc plugin: names the two entry points as a reader imports them ("fgc-toolkit" for
// src/index.ts, "fgc-toolkit/node" for src/node.ts) instead of "index" and "node".
import { Converter } from "typedoc";

const NAMES = { index: "fgc-toolkit", node: "fgc-toolkit/node" };

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const child of context.project.children ?? []) {
      if (child.name in NAMES) child.name = NAMES[child.name];
    }
  });
}

// The plan of `fgc power` in the data dictionary: every field with its command-line option, its
// default and its description (from the zod schema, so it cannot drift), and how sizes are
// rounded.
import { powerPlanSchema } from "./plan.js";

/** The option of `fgc power` that sets each plan field. */
const FLAGS: Record<string, string> = {
  version: "",
  outcome: "--outcome (time-to-event for time_to_event)",
  effects: "--p1, --delta or --hr",
  p0: "--p0",
  sd: "--sd",
  eventProbability: "--event-probability",
  power: "--power",
  level: "--level",
  nPerArm: "--n",
  clusterSize: "--cluster-size",
  clusterSizeCv: "--cv",
  iccs: "--icc",
};

/** @example powerPlanDefinitionsMarkdown().startsWith("## The power plan") // true */
export function powerPlanDefinitionsMarkdown(): string {
  const shape = powerPlanSchema.shape as Record<string, { description?: string }>;
  const defaults = powerPlanSchema.partial({ outcome: true, effects: true }).parse({}) as Record<
    string,
    unknown
  >;
  return [
    "## The power plan",
    "",
    "`fgc power` builds this plan from its options and writes it as `plan.json` beside `results.json`; `runPower` takes it on the API. Sample sizes are per arm and not rounded in `results.json`; the report and its tables round them up to whole children and families.",
    "",
    "| field | option | default | description |",
    "| --- | --- | --- | --- |",
    ...Object.entries(shape).map(([name, field]) => {
      const value = defaults[name];
      const shown = value === undefined ? "(none)" : `\`${JSON.stringify(value)}\``;
      return `| \`${name}\` | ${FLAGS[name] ? `\`${FLAGS[name]}\`` : ""} | ${shown} | ${field.description ?? ""} |`;
    }),
  ].join("\n");
}

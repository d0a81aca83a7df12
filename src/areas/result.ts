// The result of `fgc areas`: a plain object, written as results.json and the only input of the
// report. Versioned; no timestamps; no identifiers of children or families (only public LA codes
// and counts after disclosure control); the same inputs give the same bytes (util/stable-json.ts).
// Every count in it is published: a number, or `c` (suppressed), `z` (not applicable), `:` (not
// available).
import * as z from "zod";
import { areaPlanSchema } from "./plan.js";

export const AREA_RESULTS_VERSION = "fgc-toolkit/area-results/1";

const interval = z.tuple([z.number().nullable(), z.number().nullable()]);
const count = z.union([z.number(), z.enum(["c", "z", ":"])]).describe("a published count or GSS symbol");

export const areaRateSchema = z.object({
  la: z
    .string()
    .describe("DfE code, or `all_areas` for the pooled rate of all published areas (pooled-rate.ts)"),
  period: z.string(),
  measure: z.string(),
  breakdown: z.string(),
  category: z.string(),
  numerator: count,
  denominator: count,
  denominatorMeasure: z.string(),
  rate: z.number().nullable(),
  ci: interval,
  symbol: z.enum(["c", "z", ":"]).nullable(),
});

const limitsAtN = z.object({
  n: z.number(),
  lower95: z.number(),
  upper95: z.number(),
  lower998: z.number(),
  upper998: z.number(),
});
const flag = z.enum(["above_998", "above_95", "within", "below_95", "below_998"]);

export const funnelPlotSchema = z.object({
  period: z.string(),
  measure: z.string(),
  target: z.number().nullable(),
  pooled: z.object({ numerator: count, denominator: count }),
  points: z.array(
    z.object({
      la: z.string(),
      n: z.number(),
      events: z.number(),
      rate: z.number(),
      flag,
      flagAdjusted: flag,
    }),
  ),
  curve: z.array(limitsAtN),
  curveAdjusted: z.array(limitsAtN),
  overdispersion: z
    .object({
      phi: z.number(),
      tau2: z.number(),
      statistic: z.number(),
      df: z.number(),
      p: z.number(),
      fraction: z.number(),
    })
    .nullable(),
  limits: z.enum(["exact", "multiplicative", "additive"]),
  notes: z.array(z.string()),
});

/**
 * Zod schema of the `fgc areas` result (results.json): every count published after disclosure control, rates, funnels, ranks and the focus authority's comparisons.
 */
export const areaResultSchema = z.object({
  version: z.literal(AREA_RESULTS_VERSION),
  tool: z.object({ name: z.literal("fgc-toolkit"), version: z.string() }),
  plan: areaPlanSchema,
  inputs: z.array(z.object({ file: z.string(), sha256: z.string(), rows: z.number() })),
  accounting: z.object({
    rows: z.number().describe("data rows read from all returns"),
    cells: z.number().describe("cells used"),
    warnings: z.array(z.object({ rule: z.string(), count: z.number() })),
  }),
  areas: z.array(
    z.object({
      la: z.string(),
      gss: z.string(),
      name: z.string(),
      status: z.enum(["current", "retired"]),
      successors: z.array(z.string()),
    }),
  ),
  periods: z.array(z.string()).describe("in time order"),
  disclosure: z.object({
    threshold: z.number(),
    protection: z.number(),
    primary: z.number().describe("cells hidden because they are 1 to threshold"),
    secondary: z.number().describe("cells hidden so that no primary cell can be recovered"),
    notes: z.array(z.string()),
  }),
  rates: z.array(areaRateSchema),
  funnels: z.array(funnelPlotSchema),
  ranks: z.array(
    z.object({
      period: z.string(),
      measure: z.string(),
      rows: z.array(
        z.object({
          la: z.string(),
          rate: z.number(),
          rank: z.number(),
          lower: z.number(),
          upper: z.number(),
        }),
      ),
      areas: z.number(),
      method: z
        .enum(["exact", "simulation"])
        .describe("exact rank distribution by numerical integration, or simulation"),
      draws: z.number().nullable().describe("simulated draws; null when exact (no simulation)"),
    }),
  ),
  focus: z
    .object({
      la: z.string(),
      period: z.string(),
      neighbours: z.array(z.string()),
      benchmark: z.array(
        z.object({
          measure: z.string(),
          group: z.enum(["la", "all_areas", "neighbour", "neighbours_pooled"]),
          la: z.string().nullable(),
          rate: z.number().nullable(),
          ci: interval,
          numerator: count,
          denominator: count,
          symbol: z.enum(["c", "z", ":"]).nullable(),
          pooled: z.object({ used: z.number(), listed: z.number() }).optional(),
        }),
      ),
      trend: z.array(
        z.object({
          measure: z.string(),
          period: z.string(),
          group: z.enum(["la", "all_areas"]),
          rate: z.number().nullable(),
          ci: interval,
          numerator: count,
          denominator: count,
          symbol: z.string().nullable(),
        }),
      ),
      equity: z.array(
        z.object({
          measure: z.string(),
          breakdown: z.string(),
          category: z.string(),
          rate: z.number().nullable(),
          ci: interval,
          numerator: count,
          denominator: count,
          gap: z.number().nullable(),
          gapCi: interval,
          symbol: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  references: z.array(z.string()),
  notes: z.array(z.string()),
});
/**
 * The result of runAreas, as validated by areaResultSchema.
 */
export type AreaResult = z.infer<typeof areaResultSchema>;

import * as z from "zod";
import { COST_ITEMS } from "./cost-items.js";

/** One unit cost as read, echoed in results.json with its source. */
export const unitCostSchema = z.object({
  item: z.enum(COST_ITEMS),
  cost: z.number().describe("pounds per unit, in the price year"),
  unit: z.string().describe("what one unit is, as the file says (e.g. per child per day)"),
  priceYear: z.string().describe("the price year as written: 2024, 2023-24 or 2023/24"),
  source: z.string().describe("where the figure comes from, as the file says"),
  row: z.number().describe("row of the unit-cost file (header = row 1)"),
});

const interval = z.tuple([z.number().nullable(), z.number().nullable()]);
const armPair = z.object({ fgc: z.number().nullable(), control: z.number().nullable() });

/** The `costs` block of results.json (`fgc trial --costs`); the cost estimates are in `estimates`. */
export const costsResultSchema = z
  .object({
    outcome: z.string().describe("the cost outcome's name in `estimates`: cost_12m for the 365-day window"),
    windowDays: z.number(),
    currency: z.literal("GBP"),
    priceYear: z.string().describe("the one price year of every unit cost"),
    discounting: z
      .object({
        rate: z
          .number()
          .describe("yearly discount rate: plan.discountRate, default 0.035 (HM Treasury Green Book)"),
        applied: z
          .boolean()
          .describe("whether any cost was discounted: a window beyond 365 days and a rate above 0"),
        note: z.string().describe("the rate and the rule in words, as the report states them"),
      })
      .describe(
        "discounting of costs in later years of follow-up: a cost in year y (day d after the index date is in year ⌈d/365⌉) is multiplied by 1/(1 + rate)^(y − 1); nothing within 365 days",
      ),
    unitCostFile: z.string(),
    unitCosts: z.array(unitCostSchema).describe("the unit costs read, with their sources, in file order"),
    byPlacementGroup: z
      .boolean()
      .describe("day rates by placement group (SSDA903 PLACE) rather than one rate"),
    children: armPair.describe("children in the cost analysis by arm"),
    families: armPair.describe("families in the cost analysis by arm"),
    excluded: z.number().describe("analysed children left out: days in care or proceedings not recorded"),
    resourceUse: z
      .array(
        z.object({
          measure: z.string(),
          label: z.string(),
          fgc: z.number().nullable(),
          control: z.number().nullable(),
        }),
      )
      .describe(
        "mean days in care (and by placement group), proportion with proceedings issued, conferences held per family, per arm",
      ),
    costsPerArm: z
      .array(
        z.object({
          component: z.string(),
          label: z.string(),
          fgc: z.number().nullable(),
          control: z.number().nullable(),
        }),
      )
      .describe("mean cost per child by component and in total, per arm, in pounds"),
    bootstrap: z
      .object({
        replicates: z.number(),
        seed: z.number(),
        percentile: interval,
        bca: interval,
        probabilitySaving: z
          .number()
          .nullable()
          .describe("share of replicates whose cost difference (FGC − control) is below 0"),
        lookedAfterOutcome: z.string(),
        observed: z
          .object({ lookedAfterDifference: z.number().nullable(), costDifference: z.number().nullable() })
          .describe(
            "the two differences on the data as observed (unadjusted, children in the cost analysis)",
          ),
        lookedAfterDifference: z
          .array(z.number().nullable())
          .describe("each replicate's difference in the proportion looked after (FGC − control)"),
        costDifference: z
          .array(z.number().nullable())
          .describe("each replicate's difference in mean cost per child (FGC − control), same draw"),
      })
      .nullable()
      .describe(
        "cluster bootstrap of the cost difference and the cost-effectiveness plane; null when plan.bootstrapReplicates is 0",
      ),
    projection: z
      .object({
        nationalChildren: z.number(),
        costDifference: z.object({ estimate: z.number().nullable(), ci: interval }),
        childrenKeptOutOfCare: z
          .object({ outcome: z.string(), estimate: z.number().nullable(), ci: interval })
          .nullable(),
        label: z.string(),
      })
      .nullable()
      .describe(
        "national projection (--national-children N): N × the adjusted differences; a projection, not a finding",
      ),
    notes: z.array(z.string()),
  })
  .describe("cost consequences of referral (fgc trial --costs)");
/**
 * The `costs` block of the trial result (costsResultSchema): unit costs, resource use, costs per arm, the bootstrap and the projection.
 */
export type CostsResult = z.infer<typeof costsResultSchema>;

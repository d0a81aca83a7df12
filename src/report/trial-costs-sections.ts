import type { TrialResult } from "../trial/result.js";
import { formatCount } from "../util/format-count.js";
import { plural } from "../util/plural.js";
import type { ReportBlock, ReportSection, ReportTable } from "./document.js";
import { formatPounds, formatUnitCost } from "./format-pounds.js";
import { costEffectivenessPlaneFigure } from "./figures/cost-effectiveness-plane-figure.js";
import { costEffectivenessPlaneSpec } from "./specs/cost-effectiveness-plane.js";
import { formatNumber, formatPercent } from "./summarize.js";
import { windowWords } from "./trial-cost-lines.js";

const ARM_COLUMNS = ["Referred for an FGC", "Control"];

/**
 * "Costs and savings" (`fgc trial --costs`): the unit costs with their sources and price year,
 * resource use and costs per arm, the cost difference with its intervals and the probability of a
 * saving, the cost-effectiveness plane, and the national projection when asked for, labelled as
 * one. Read from results.json's `costs` block and cost estimates only.
 * @example costsSection(result)?.title // "Costs and savings"
 */
export function costsSection(r: TrialResult): ReportSection | null {
  const c = r.costs;
  if (!c) return null;
  const level = Math.round(r.plan.level * 100);
  const span = windowWords(c.windowDays);
  const get = (measure: string, model: string, method?: string) =>
    r.estimates.find(
      (e) =>
        e.outcome === c.outcome &&
        e.measure === measure &&
        e.model === model &&
        (method === undefined || e.method === method),
    );
  const adjusted = get("mean_difference", "adjusted");
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text:
        `What referral cost and saved per child over ${span} after the letter, in ${c.priceYear} prices, from the unit costs in ${c.unitCostFile}. ` +
        `A child's cost is their days in care × the day rate${c.byPlacementGroup ? " of the day's placement group (SSDA903 PLACE)" : ""} + care proceedings issued × the proceedings cost + for a referred child, the family's referral cost and, if the family held its conference, the conference cost, shared equally among the family's children. ` +
        (c.byPlacementGroup
          ? ""
          : "One day rate (day_in_care) applies to every day in care, whatever the placement: rates by placement group need days in care by group, which only a folder of SSDA903 extracts (or the file fgc link writes from one) gives. ") +
        c.discounting.note,
    },
    {
      kind: "headline",
      text: `Referral changed the cost per child by ${formatPounds(adjusted?.estimate)} (${level}% CI ${formatPounds(adjusted?.ci[0])} to ${formatPounds(adjusted?.ci[1])}; ${adjusted?.methodLabel ?? "linear regression"})${c.bootstrap ? `; the probability that referral saves money is ${formatPercent(c.bootstrap.probabilitySaving)} (share of ${formatCount(c.bootstrap.replicates)} cluster-bootstrap replicates below £0)` : ""}.`,
    },
    { kind: "table", table: unitCostTable(r) },
    { kind: "table", table: resourceUseTable(r) },
    { kind: "table", table: costsPerArmTable(r) },
    { kind: "table", table: differenceTable(r) },
  ];
  const b = c.bootstrap;
  if (b) {
    const points = b.costDifference.flatMap((y, i) => {
      const x = b.lookedAfterDifference[i];
      return x === null || y === null ? [] : [{ x: x * 100, y }];
    });
    const o = b.observed;
    const observed =
      o.lookedAfterDifference === null || o.costDifference === null
        ? null
        : { x: o.lookedAfterDifference * 100, y: o.costDifference };
    const count = (fx: (x: number) => boolean, fy: (y: number) => boolean) =>
      points.filter((p) => fx(p.x) && fy(p.y)).length;
    const neg = (v: number) => v < 0;
    const notNeg = (v: number) => v >= 0;
    const quadrantRows: [string, number][] = [
      ["Fewer looked after, saves money", count(neg, neg)],
      ["More (or as many) looked after, saves money", count(notNeg, neg)],
      ["Fewer looked after, costs more (or the same)", count(neg, notNeg)],
      ["More (or as many) looked after, costs more (or the same)", count(notNeg, notNeg)],
    ];
    const planeText = {
      title: "Cost-effectiveness plane",
      description: `Each of ${formatCount(points.length)} cluster-bootstrap replicates as a point: across, the difference in the percentage of children looked after at the end of the window (FGC minus control); up, the difference in mean cost per child (FGC minus control, pounds). A diamond marks the observed differences. ${quadrantRows.map(([q, n]) => `${q}: ${formatCount(n)} replicates`).join("; ")}.`,
    };
    blocks.push({
      kind: "chart",
      chart: {
        id: "cost-effectiveness-plane",
        ...planeText,
        spec: costEffectivenessPlaneSpec(points, observed, "Cost-effectiveness plane"),
        drawSvg: () => costEffectivenessPlaneFigure(points, observed, planeText),
        table: {
          id: "cost-effectiveness-quadrants",
          caption: "Cluster-bootstrap replicates in each quadrant of the cost-effectiveness plane",
          columns: ["Quadrant", "Replicates", "Share"],
          numeric: [false, true, true],
          rows: quadrantRows.map(([q, n]) => [
            q,
            formatCount(n),
            formatPercent(points.length ? n / points.length : null),
          ]),
          notes: [
            `Replicates resample whole families within local authorities (seed ${b.seed}, the plan's seed + 1, as the sensitivity bootstrap); both differences come from the same draw. Observed: ${formatNumber(observed ? observed.x : null, 1)} points, ${formatPounds(observed?.y)} (unadjusted, children in the cost analysis). Every replicate is in results.json (costs.bootstrap).`,
          ],
        },
      },
    });
  }
  if (c.projection) blocks.push({ kind: "table", table: projectionTable(r) });
  return { id: "costs", title: "Costs and savings", blocks };
}

function unitCostTable(r: TrialResult): ReportTable {
  const c = r.costs as NonNullable<TrialResult["costs"]>;
  return {
    id: "unit-costs",
    caption: `Unit costs (${c.priceYear} prices), as given in ${c.unitCostFile}`,
    columns: ["Item", "Cost", "Unit", "Price year", "Source"],
    numeric: [false, true, false, false, false],
    rows: c.unitCosts.map((u) => [u.item, formatUnitCost(u.cost), u.unit, u.priceYear, u.source]),
    notes: ["Every unit cost is an input with its source; the toolkit holds none of its own."],
  };
}

function resourceUseTable(r: TrialResult): ReportTable {
  const c = r.costs as NonNullable<TrialResult["costs"]>;
  const cell = (measure: string, x: number | null) =>
    measure === "proceedings"
      ? formatPercent(x)
      : formatNumber(x, measure === "conferences_per_family" ? 2 : 1);
  return {
    id: "resource-use",
    caption: "Resource use per arm",
    columns: ["Resource", ...ARM_COLUMNS],
    numeric: [false, true, true],
    rows: [
      ["Children", formatCount(c.children.fgc ?? 0), formatCount(c.children.control ?? 0)],
      ["Families", formatCount(c.families.fgc ?? 0), formatCount(c.families.control ?? 0)],
      ...c.resourceUse.map((u) => [u.label, cell(u.measure, u.fgc), cell(u.measure, u.control)]),
    ],
    notes: [
      `Over ${windowWords(c.windowDays)} after the letter, among the children in the cost analysis${c.excluded > 0 ? ` (${plural(c.excluded, "analysed child", "analysed children")} without days in care or proceedings recorded left out)` : ""}. Conferences held per family: families of the arm with a conference held (fgc_held = 1 for any child) over its families; a control family's conference is a crossover, shown here but not costed (intention to treat).`,
    ],
  };
}

function costsPerArmTable(r: TrialResult): ReportTable {
  const c = r.costs as NonNullable<TrialResult["costs"]>;
  return {
    id: "costs-per-arm",
    caption: `Mean cost per child by arm (${c.priceYear} prices)`,
    columns: ["Cost", ...ARM_COLUMNS],
    numeric: [false, true, true],
    rows: c.costsPerArm.map((x) => [x.label, formatPounds(x.fgc), formatPounds(x.control)]),
    notes: ["Unadjusted means over the children in the cost analysis; the parts add up to the total."],
  };
}

function differenceTable(r: TrialResult): ReportTable {
  const c = r.costs as NonNullable<TrialResult["costs"]>;
  const level = Math.round(r.plan.level * 100);
  const rows = r.estimates
    .filter((e) => e.outcome === c.outcome)
    .map((e) => [
      e.measure === "mean_fgc"
        ? "Mean cost, referred for an FGC"
        : e.measure === "mean_control"
          ? "Mean cost, control"
          : `Difference (FGC − control), ${e.model}`,
      e.methodLabel ?? e.method,
      formatPounds(e.estimate),
      `${formatPounds(e.ci[0])} to ${formatPounds(e.ci[1])}`,
      formatCount(e.n),
    ]);
  return {
    id: "cost-difference",
    caption: `Cost per child: arm means and the difference, with ${level}% confidence intervals`,
    columns: ["Estimate", "Method", "Estimate (£)", `${level}% CI`, "n"],
    numeric: [false, false, true, true, true],
    rows,
    notes: [
      "A negative difference is a saving. The adjusted difference uses the days-in-care model (the plan's fixed effects and covariates, SE clustered by family, HC1); the bootstrap rows resample families within local authorities.",
      ...(c.bootstrap
        ? [
            `Probability that referral saves money: ${formatPercent(c.bootstrap.probabilitySaving)} of ${formatCount(c.bootstrap.replicates)} replicates had a difference below £0.`,
          ]
        : [
            "No bootstrap was run (plan.bootstrapReplicates is 0): no bootstrap interval and no probability of a saving.",
          ]),
    ],
  };
}

function projectionTable(r: TrialResult): ReportTable {
  const c = r.costs as NonNullable<TrialResult["costs"]>;
  const p = c.projection as NonNullable<typeof c.projection>;
  const level = Math.round(r.plan.level * 100);
  const round = (x: number | null) => (x === null ? "not estimable" : formatNumber(Math.round(x), 0));
  const kept = p.childrenKeptOutOfCare;
  return {
    id: "national-projection",
    caption: `PROJECTION (not a finding): ${formatCount(p.nationalChildren)} children a year entering pre-proceedings in England`,
    columns: ["Projected quantity", "Estimate", `${level}% CI`],
    numeric: [false, true, true],
    rows: [
      [
        "Projected change in cost a year (£)",
        formatPounds(p.costDifference.estimate),
        `${formatPounds(p.costDifference.ci[0])} to ${formatPounds(p.costDifference.ci[1])}`,
      ],
      ...(kept
        ? [
            [
              `Projected children kept out of care a year (from the adjusted risk difference in ${kept.outcome})`,
              round(kept.estimate),
              `${round(kept.ci[0])} to ${round(kept.ci[1])}`,
            ],
          ]
        : []),
    ],
    notes: [
      `${p.label}. N × the per-child adjusted difference; the interval is N × its interval, and says nothing of the uncertainty in N or in whether the effect transfers.`,
    ],
  };
}

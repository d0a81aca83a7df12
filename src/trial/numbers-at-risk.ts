/**
 * Numbers at risk by arm at fixed days, for the table under the Kaplan–Meier curves.
 *
 * Method: a child is at risk at day t when their follow-up time is at least t (not yet entered
 * care and not yet censored before t), as R's `summary(survfit(...), times = t)$n.risk` counts.
 * @example numbersAtRisk([5, 100, 200], [1, 0, 1], [0, 90])
 *   // [{ day: 0, fgc: 2, control: 1 }, { day: 90, fgc: 1, control: 1 }]
 */

/** Days since the letter at which the report gives the numbers at risk in a 365-day window. */
export const AT_RISK_DAYS = [0, 90, 180, 270, 365] as const;

/**
 * The days of the numbers at risk (and of the Kaplan–Meier day axis) for a window: its quarters,
 * each rounded down to whole tens of days (whole days below a 40-day window), and the window's
 * last day; for 365 days, 0, 90, 180, 270 and 365.
 * @example atRiskDays(730) // [0, 180, 360, 540, 730]
 */
export function atRiskDays(window: number): number[] {
  const step = window >= 40 ? 10 : 1;
  return [0, 1, 2, 3].map((q) => Math.floor((q * window) / 4 / step) * step).concat(window);
}

export interface AtRiskRow {
  day: number;
  fgc: number;
  control: number;
}

/** `arm` is 1 for FGC, 0 for control; `time` is the follow-up time in days. */
export function numbersAtRisk(
  time: ArrayLike<number>,
  arm: ArrayLike<number>,
  days: readonly number[] = AT_RISK_DAYS,
): AtRiskRow[] {
  return days.map((day) => {
    let fgc = 0;
    let control = 0;
    for (let i = 0; i < time.length; i++) {
      if (!(time[i] >= day)) continue;
      if (arm[i] === 1) fgc++;
      else control++;
    }
    return { day, fgc, control };
  });
}

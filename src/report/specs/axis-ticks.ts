// Tick values for a forest plot's value axis that always include the line of no effect and
// whose labels cannot collide: a linear axis steps by 1, 2, 2.5 or 5 × 10^k (about 5 steps
// across the domain); a log axis takes the finest of 1, 1-2-5, 1-2-3-5 or 1…9 a decade whose
// closest two labels are still a label's width apart at the plot's width.

import { formatAxisNumber } from "../figures/axis-number.js";

/** Upper bound of a 12 px DejaVu Sans character's width (its widest digit is 7.6 px). */
const CHAR_PX = 7.7;
const GAP_PX = 8;

export function linearTicks(domain: [number, number], width: number): number[] {
  const [lo, hi] = domain;
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return [lo];
  // The finest nice step giving at most 7 ticks whose labels fit.
  for (let step = niceStep((hi - lo) / 8); step <= (hi - lo) * 10; step = nextNiceStep(step)) {
    const ticks = stepTicks(lo, hi, step);
    if (ticks.length <= 7 && fits(ticks, (t) => t, width, lo, hi)) return ticks;
  }
  return [0];
}

export function logTicks(domain: [number, number], width: number): number[] {
  const [lo, hi] = domain;
  if (!(lo > 0 && hi > lo) || !Number.isFinite(hi)) return [1];
  const mantissas = [[1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 5], [1, 2, 5], [1]];
  let best: number[] = [1];
  for (const m of mantissas) {
    const ticks: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
      for (const d of m) {
        const t = clean(d * 10 ** e);
        if (t >= lo && t <= hi) ticks.push(t);
      }
    if (ticks.length < 2) continue;
    if (fits(ticks, Math.log, width, Math.log(lo), Math.log(hi))) {
      best = ticks;
      break;
    }
    best = ticks.filter((t, i) => i % 2 === 0 || t === 1);
  }
  if (best.length >= 3) return best;
  // A narrow axis (within a decade, say 0.8 to 1.2): evenly stepped ticks read better.
  for (let step = niceStep((hi - lo) / 8); step <= hi - lo; step = nextNiceStep(step)) {
    const ticks = stepTicks(lo, hi, step);
    if (ticks.length <= 7 && fits(ticks, Math.log, width, Math.log(lo), Math.log(hi))) return ticks;
  }
  return best;
}

function stepTicks(lo: number, hi: number, step: number): number[] {
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / step); k * step <= hi; k++) ticks.push(clean(k * step));
  return ticks;
}

/** Label text as the axis writes it (d3-format "~r", thousands separated): its length only. */
function labelLength(t: number): number {
  return formatAxisNumber(t).length;
}

function fits(ticks: number[], f: (t: number) => number, width: number, lo: number, hi: number) {
  const px = (t: number) => ((f(t) - lo) / (hi - lo)) * width;
  for (let i = 1; i < ticks.length; i++) {
    const room = px(ticks[i]) - px(ticks[i - 1]);
    const need = ((labelLength(ticks[i]) + labelLength(ticks[i - 1])) / 2) * CHAR_PX + GAP_PX;
    if (room < need) return false;
  }
  return true;
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

/** The next of 1, 2, 2.5, 5 × 10^k above `step`. */
function nextNiceStep(step: number): number {
  return niceStep(step * 1.01);
}

function clean(x: number): number {
  return Number(x.toPrecision(12));
}

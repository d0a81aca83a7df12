// Round tick values and a rounded-out domain for a linear axis, as Vega's linear scales choose
// them (d3-array's ticks and d3-scale's nice: steps of 1, 2 or 5 × 10^k), so that a static figure
// marks the same values as the Vega chart it replaces. Only for a domain with start < stop.

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * About `count` round values from `start` to `stop` inclusive (d3's ticks): a step of 1, 2 or
 * 5 × 10^k, each value computed as an integer over a power of ten, so 0.1 × 3 is 0.3.
 * @example niceTicks(0, 0.6, 8) // [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
 */
export function niceTicks(start: number, stop: number, count: number): number[] {
  if (!(stop > start) || !(count > 0)) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const ticks: number[] = [];
  for (let i = 0; i <= i2 - i1; i++) ticks.push(inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc);
  return ticks;
}

/**
 * The decimals d3-scale's default tick format writes niceTicks(start, stop, count) with
 * (",f" at d3-format's precisionFixed of the step).
 * @example tickDecimals(-2.5, 2.5, 10) // 1
 */
export function tickDecimals(start: number, stop: number, count: number): number {
  if (!(stop > start) || !(count > 0)) return 0;
  const inc = tickSpec(start, stop, count)[2];
  const step = inc < 0 ? 1 / -inc : inc;
  return Math.max(0, -Math.floor(Math.log10(step)));
}

/**
 * The domain rounded out to whole steps of about `count` ticks (d3's scale.nice; Vega's
 * `nice: true` takes count 10).
 * @example niceDomain([0, 0.5617], 10) // [0, 0.6]
 */
export function niceDomain(domain: [number, number], count = 10): [number, number] {
  let [start, stop] = domain;
  if (!(stop > start)) return [start, stop];
  let previous: number | undefined;
  for (let iteration = 0; iteration < 10; iteration++) {
    const step = tickSpec(start, stop, count)[2];
    if (step === previous) break;
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return [start, stop];
}

/** [first index, last index, increment]: a negative increment −m means a step of 1/m. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

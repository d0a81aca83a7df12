// The tick values Vega gives an axis that names none: d3-array's ticks(start, stop, count), steps
// of 1, 2 or 5 × 10^k, with the count Vega-Lite asks for (ceil(axis length / 40)), and the decimals
// d3-scale's default tick format (",f" at precisionFixed of the step) writes them with.

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * About `count` evenly stepped values from `start` to `stop` (start < stop), as d3-array's ticks,
 * with the step's decimals (d3-format's precisionFixed).
 * @example niceTicks(-25.2, 25.2, 13) // { values: [-25, -20, -15, -10, -5, 0, 5, 10, 15, 20, 25], decimals: 0 }
 */
export function niceTicks(
  start: number,
  stop: number,
  count: number,
): { values: number[]; decimals: number } {
  if (!(stop > start) || !(count > 0)) return { values: [start], decimals: 0 };
  const step = (stop - start) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  const values: number[] = [];
  if (power < 0) {
    const inc = 10 ** -power / factor;
    let [i1, i2] = [Math.round(start * inc), Math.round(stop * inc)];
    if (i1 / inc < start) i1++;
    if (i2 / inc > stop) i2--;
    for (let i = i1; i <= i2; i++) values.push(i / inc);
  } else {
    const inc = 10 ** power * factor;
    let [i1, i2] = [Math.round(start / inc), Math.round(stop / inc)];
    if (i1 * inc < start) i1++;
    if (i2 * inc > stop) i2--;
    for (let i = i1; i <= i2; i++) values.push(i * inc);
  }
  const tickStep = factor * 10 ** power;
  return { values, decimals: Math.max(0, -Math.floor(Math.log10(tickStep))) };
}

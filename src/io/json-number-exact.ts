// Whether a JSON number literal survives JSON.parse and cellText. JSON.parse turns the id
// 9510360667454694808 into 9510360667454695000 without a word: a double holds 15 to 17
// significant digits, and an id written as a number can come back as another child's id.
import { numberText } from "./cell-text.js";

/**
 * A literal written as an integer must be read exactly, so it must be within
 * Number.MAX_SAFE_INTEGER (beyond it only some integers survive, by luck). Any other literal (a
 * fraction or an exponent) must read as the same number to the 15 significant digits cellText
 * keeps for every format (as Excel shows numbers): 0.30000000000000004, which programs write for
 * 0.1 + 0.2, reads as 0.3, but 12345678901234567.5 (read as 12345678901234568) and 1e400
 * (Infinity) do not survive. Literals without an exponent, of at most 15 digits before the
 * point and 300 in all, always do.
 * @example jsonNumberExact("12345") // true
 * @example jsonNumberExact("9510360667454694808") // false
 */
export function jsonNumberExact(text: string): boolean {
  let digits = 0;
  let point = -1;
  let exponent = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) point = digits;
    else if (c !== 45) exponent = true;
  }
  if (!exponent && point < 0)
    return digits <= 15 || (digits === 16 && Math.abs(Number(text)) <= Number.MAX_SAFE_INTEGER);
  // Below 1e15 the double nearest the literal, if an integer, is the literal to 15 digits; past
  // 300 digits it may be 0.000…1, which underflows to 0.
  if (!exponent && point <= 15 && digits <= 300) return true;
  const x = Number(text);
  if (!Number.isFinite(x)) return false;
  // Subnormal: fewer than 15 digits held.
  if (x !== 0 && Math.abs(x) < 2.2250738585072014e-308) return false;
  // Not an integer: numberText shows the nearest double to 15 digits, which is the literal's.
  if (!Number.isInteger(x)) return true;
  // An integer (or zero) in a fraction's or exponent's clothes: numberText shows every digit.
  const written = decimal(text);
  const read = decimal(numberText(x));
  if (written === undefined || read === undefined) return false;
  if (written.digits.length <= 15) return same(written, read);
  // Rounded to 15 digits, up or down (the double may sit either side of a tie).
  const cut = written.digits.length - 15;
  const down = canonical(written.negative, written.digits.slice(0, 15), written.power + cut);
  const up = canonical(
    written.negative,
    String(BigInt(written.digits.slice(0, 15)) + 1n),
    written.power + cut,
  );
  return same(down, read) || same(up, read);
}

interface Decimal {
  negative: boolean;
  /** Significant digits, no leading or trailing zeros; "" for zero. */
  digits: string;
  power: number;
}

function same(a: Decimal, b: Decimal): boolean {
  return a.digits === b.digits && (a.digits === "" || (a.negative === b.negative && a.power === b.power));
}

/** A decimal literal as sign, significant digits and power of ten; undefined for Infinity or NaN. */
function decimal(text: string): Decimal | undefined {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  const fraction = m[3] ?? "";
  return canonical(m[1] === "-", m[2] + fraction, Number(m[4] ?? "0") - fraction.length);
}

function canonical(negative: boolean, digits: string, power: number): Decimal {
  let a = 0;
  while (a < digits.length && digits.charCodeAt(a) === 48) a++;
  let b = digits.length;
  while (b > a && digits.charCodeAt(b - 1) === 48) b--;
  return { negative, digits: digits.slice(a, b), power: power + (digits.length - b) };
}

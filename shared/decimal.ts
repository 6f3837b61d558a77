/**
 * Exact decimal arithmetic for figures that are compared with printed ones (rates, scores):
 * values are kept as exact fractions of integers and rounded half up only when shown.
 */

/** An exact fraction `num / den` (den > 0). */
export interface Fraction {
  num: bigint;
  den: bigint;
}

/** A printed number's exact value and how many decimals it was printed with; null for non-numbers. */
export function parseDecimal(text: string | number): { value: Fraction; decimals: number } | null {
  const m = /^\s*([+-]?)(\d+)(?:\.(\d+))?\s*%?\s*$/.exec(String(text));
  if (!m) return null;
  const fraction = m[3] ?? '';
  const num = BigInt(`${m[1]}${m[2]}${fraction}`);
  return { value: { num, den: 10n ** BigInt(fraction.length) }, decimals: fraction.length };
}

export function fraction(text: string | number): Fraction {
  const parsed = parseDecimal(text);
  if (!parsed) throw new RangeError(`不是数字：${text}`);
  return parsed.value;
}

export const add = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
export const mul = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.num, den: a.den * b.den });
export const div = (a: Fraction, b: Fraction): Fraction => {
  if (b.num === 0n) throw new RangeError('除数为 0');
  const sign = b.num < 0n ? -1n : 1n;
  return { num: a.num * b.den * sign, den: a.den * b.num * sign };
};
/** Negative, zero or positive as a is less than, equal to or greater than b. */
export const compare = (a: Fraction, b: Fraction): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const min = (a: Fraction, b: Fraction): Fraction => (compare(a, b) <= 0 ? a : b);
export const isZero = (a: Fraction) => a.num === 0n;

/** Rounded half up (away from zero) to `decimals` places, as the integer count of 10^-decimals. */
export function roundTo(a: Fraction, decimals: number): bigint {
  const scaled = a.num * 10n ** BigInt(decimals);
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const rounded = (abs * 2n + a.den) / (2n * a.den);
  return negative ? -rounded : rounded;
}

/** The value rounded to `decimals` places, as a fraction again. */
export function rounded(a: Fraction, decimals: number): Fraction {
  return { num: roundTo(a, decimals), den: 10n ** BigInt(decimals) };
}

/** The value as a JS number for output (after rounding, so no binary error shows). */
export function toNumber(a: Fraction, decimals: number): number {
  const n = roundTo(a, decimals);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(decimals + 1, '0');
  const text = decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return Number(`${negative ? '-' : ''}${text}`);
}

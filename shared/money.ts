/**
 * Exact money. Amounts are integers of 分 (0.01 元); the forms' unit is 万元, so one 万元 is
 * 1,000,000 分. Text and JSON numbers are converted through their decimal digits, never through
 * binary floating-point arithmetic.
 */

export type Fen = number;

/** Decimal places of 万元 that 分 can hold. */
const WAN_DECIMALS = 6;

/**
 * The largest amount: 15 significant digits of 分. Workbooks hold amounts as binary floating-point
 * 万元, which carry 15 significant decimal digits exactly; an amount with more would come back
 * from an export a 分 off.
 */
const MAX_DIGITS = 15;
export const MAX_FEN: Fen = 10 ** MAX_DIGITS - 1;

export type MoneyParse = { ok: true; fen: Fen } | { ok: false; message: string };

const FULL_WIDTH_DIGITS = /[０-９．，－]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Decimal places of each unit that 分 can hold. */
const DECIMALS = { 元: 2, 万元: WAN_DECIMALS } as const;

/**
 * Parses an amount as a clerk types it or a workbook stores it, in `unit`: `19.51`, `1,234.5`,
 * `１２`, ` 36.00 `. Empty text is not an amount; callers decide whether a field may be empty.
 */
function parseIn(text: string, unit: '元' | '万元'): MoneyParse {
  const cleaned = halfWidth(text).replace(/[\s,]/g, '');
  if (cleaned === '') return { ok: false, message: '请填写金额' };
  const m = /^(-)?(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!m) return { ok: false, message: `“${text.trim()}”不是数字，请填写以万元为单位的金额，如 19.51` };
  if (m[1]) return { ok: false, message: '金额不能为负数' };
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > DECIMALS[unit]) {
    return { ok: false, message: unit === '万元' ? '金额最多精确到分（以万元计为小数点后 6 位）' : '金额最多精确到分（以元计为小数点后 2 位）' };
  }
  const digits = (m[2]! + fraction.padEnd(DECIMALS[unit], '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return { ok: false, message: `金额过大：最多 ${formatWan(MAX_FEN)} 万元` };
  return { ok: true, fen: Number(digits) };
}

/** An amount in 万元: `19.51`, `1,234.5`, `１２`, ` 36.00 `. */
export function parseWan(text: string): MoneyParse {
  return parseIn(text, '万元');
}

/**
 * An amount in the unit its label or title names (`项目总金额（元）`), or in the unit written
 * after it (`3000000元`, `300万元`, `300万`), which wins.
 */
export function parseAmount(text: string | number, unit: '元' | '万元'): MoneyParse {
  const written = typeof text === 'number' ? String(text) : text.trim();
  const m = /^(.*?)\s*(万元|万|元)$/.exec(written);
  if (!m) return parseIn(written, unit);
  return parseIn(m[1]!, m[2] === '元' ? '元' : '万元');
}

/**
 * A bare whole number this large typed into a 万元 field (10 亿元 or more as 万元) is more likely an
 * amount in 元: clerks copy figures from 元 ledgers. It stays as typed; the field asks.
 */
const YUAN_SUSPECT_WAN = 100_000;

/**
 * The amount a bare whole number typed into a 万元 field would be if it meant 元 (`4500000` → 450 万元),
 * where as 万元 it is implausibly large (at least 100,000 万元, i.e. 10 亿元); null otherwise, and for
 * anything with a unit or decimals, which says what it means.
 */
export function yuanReading(text: string): Fen | null {
  const cleaned = halfWidth(text).replace(/[\s,]/g, '');
  if (!/^\d+$/.test(cleaned) || Number(cleaned) < YUAN_SUSPECT_WAN) return null;
  const parsed = parseIn(cleaned, '元');
  return parsed.ok ? parsed.fen : null;
}

/** A JSON number in 万元 (as the interchange files hold them) to 分, through its decimal text. */
export function wanToFen(wan: number): Fen {
  const parsed = Number.isFinite(wan) ? parseWan(String(wan)) : null;
  if (!parsed || !parsed.ok) throw new RangeError(`不是有效的金额：${wan}`);
  return parsed.fen;
}

/**
 * 分 as 万元 text with only the decimals it needs (`19.51`, `0`, `500228.66`), or at least
 * `minDecimals` of them, as printed forms show amounts (`36.00`). Never rounds.
 */
export function formatWan(fen: Fen, minDecimals = 0): string {
  const digits = String(fen).padStart(WAN_DECIMALS + 1, '0');
  const whole = digits.slice(0, -WAN_DECIMALS);
  const fraction = digits.slice(-WAN_DECIMALS).replace(/0+$/, '').padEnd(minDecimals, '0');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** 分 as a JSON number in 万元, for the interchange files. */
export function fenToWan(fen: Fen): number {
  return Number(formatWan(fen));
}

export const MONEY_UNITS = { 元: 100, 万元: 1_000_000, 亿元: 10_000_000_000 } as const;
export type MoneyUnit = keyof typeof MONEY_UNITS;

/** A number's exact decimal digits: 0.45 → 45 × 10^-2. */
function decimal(n: number): { digits: bigint; scale: number } | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(String(n));
  return m ? { digits: BigInt(m[1]! + (m[2] ?? '')), scale: (m[2] ?? '').length } : null;
}

/** An amount written in 元, 万元 or 亿元 as exact 分; null where it is not a whole number of 分. */
export function amountToFen(n: number, unit: MoneyUnit): Fen | null {
  return multiplyFen(MONEY_UNITS[unit], n);
}

/** `fen × factor`, exactly; null where the result is not a whole, safe number of 分. */
export function multiplyFen(fen: Fen, factor: number): Fen | null {
  const d = decimal(factor);
  if (!d) return null;
  const scaled = BigInt(fen) * d.digits;
  const divisor = 10n ** BigInt(d.scale);
  if (scaled % divisor !== 0n) return null;
  const result = Number(scaled / divisor);
  return Number.isSafeInteger(result) ? result : null;
}

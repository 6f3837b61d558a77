/**
 * Exact money. Amounts are integers of 分 (0.01 元); the forms' unit is 万元, so one 万元 is
 * 1,000,000 分. Text and JSON numbers are converted through their decimal digits, never through
 * binary floating-point arithmetic.
 */

export type Fen = number;

/** Decimal places of 万元 that 分 can hold. */
const WAN_DECIMALS = 6;

export type MoneyParse = { ok: true; fen: Fen } | { ok: false; message: string };

const FULL_WIDTH_DIGITS = /[０-９．，－]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Parses an amount in 万元 as a clerk types it or a workbook stores it: `19.51`, `1,234.5`,
 * `１２`, ` 36.00 `. Empty text is not an amount; callers decide whether a field may be empty.
 */
export function parseWan(text: string): MoneyParse {
  const cleaned = halfWidth(text).replace(/[\s,]/g, '');
  if (cleaned === '') return { ok: false, message: '请填写金额' };
  const m = /^(-)?(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!m) return { ok: false, message: `“${text.trim()}”不是数字，请填写以万元为单位的金额，如 19.51` };
  if (m[1]) return { ok: false, message: '金额不能为负数' };
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > WAN_DECIMALS) {
    return { ok: false, message: '金额最多精确到分（以万元计为小数点后 6 位）' };
  }
  const digits = (m[2]! + fraction.padEnd(WAN_DECIMALS, '0')).replace(/^0+(?=\d)/, '');
  const fen = Number(digits);
  if (!Number.isSafeInteger(fen)) return { ok: false, message: '金额过大' };
  return { ok: true, fen };
}

/** A JSON number in 万元 (as the interchange files hold them) to 分, through its decimal text. */
export function wanToFen(wan: number): Fen {
  const parsed = Number.isFinite(wan) ? parseWan(String(wan)) : null;
  if (!parsed || !parsed.ok) throw new RangeError(`不是有效的金额：${wan}`);
  return parsed.fen;
}

/** 分 as 万元 text with only the decimals it needs: `19.51`, `0`, `500228.66`. */
export function formatWan(fen: Fen): string {
  const digits = String(fen).padStart(WAN_DECIMALS + 1, '0');
  const whole = digits.slice(0, -WAN_DECIMALS);
  const fraction = digits.slice(-WAN_DECIMALS).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** 分 as a JSON number in 万元, for the interchange files. */
export function fenToWan(fen: Fen): number {
  return Number(formatWan(fen));
}

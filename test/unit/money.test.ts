import { describe, expect, it } from 'vitest';
import { fenToWan, formatWan, MAX_FEN, parseAmount, parseWan, wanToFen, yuanReading } from '../../shared/money';

describe('money in 万元, kept as integer 分', () => {
  it.each([
    ['19.51', 19_510_000],
    ['0', 0],
    ['36.00', 36_000_000],
    ['1,234.5', 1_234_500_000],
    ['１２', 12_000_000],
    [' 500228.66 ', 500_228_660_000],
    ['0.000001', 1],
  ])('reads %j', (text, fen) => {
    expect(parseWan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['abc', '不是数字'],
    ['12万', '不是数字'],
    ['-3', '负数'],
    ['0.0000001', '精确到分'],
    ['', '请填写'],
    ['99999999999999', '过大'],
    ['1000000000', '最多 999999999.999999 万元'],
  ])('refuses %j with a reason', (text, reason) => {
    const parsed = parseWan(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(reason);
  });

  it('adds without binary rounding errors', () => {
    const sum = wanToFen(0.1) + wanToFen(0.2);
    expect(formatWan(sum)).toBe('0.3');
    expect(fenToWan(sum)).toBe(0.3);
  });

  it('takes the largest amount that a workbook holds exactly, and round-trips it', () => {
    expect(MAX_FEN).toBe(999_999_999_999_999);
    expect(parseWan('999999999.999999')).toEqual({ ok: true, fen: MAX_FEN });
    expect(fenToWan(MAX_FEN)).toBe(999999999.999999);
    expect(wanToFen(fenToWan(MAX_FEN))).toBe(MAX_FEN);
    expect(parseWan(formatWan(Number.MAX_SAFE_INTEGER)).ok).toBe(false);
  });

  it('round-trips interchange numbers', () => {
    for (const n of [19.51, 13.45, 500228.66, 0, 44700, 205.76]) expect(fenToWan(wanToFen(n))).toBe(n);
    expect(() => wanToFen(Number.NaN)).toThrow();
    expect(() => wanToFen(-1)).toThrow();
  });

  it.each([
    ['450万', 450_000_000],
    ['450万元', 450_000_000],
    ['450 万元', 450_000_000],
    ['4,500,000元', 450_000_000],
    ['4500000.01元', 450_000_001],
    ['19.51', 19_510_000],
  ])('reads %j typed into a 万元 field, converting 元 exactly', (text, fen) => {
    expect(parseAmount(text, '万元')).toEqual({ ok: true, fen });
  });

  it('refuses 元 finer than the 分, naming the limit', () => {
    const parsed = parseAmount('1.001元', '万元');
    expect(parsed.ok || parsed.message).toContain('小数点后 2 位');
  });

  it.each([
    ['4500000', 450_000_000],
    ['4,500,000', 450_000_000],
    ['100000', 10_000_000],
    ['１２００００００', 1_200_000_000],
  ])('offers to read the bare %j in a 万元 field as 元', (text, fen) => {
    expect(yuanReading(text)).toBe(fen);
  });

  it.each(['99999', '450', '4500000.00', '4500000万', '4500000元', 'abc', ''])('takes %j as written, without offering 元', (text) => {
    expect(yuanReading(text)).toBeNull();
  });
});

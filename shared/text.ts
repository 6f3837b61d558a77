/**
 * Text at the boundaries (what the API takes, what a workbook or package holds): characters that
 * XML 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF, lone surrogates) are
 * removed, since the .xlsx and .docx files they would reach are XML and would not open.
 */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}

/** The first `max` UTF-16 units of text (as the API counts), never splitting a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

const NATURAL = new Intl.Collator('zh-CN', { numeric: true });

/** Names in the order a clerk expects: digits compare as numbers (项目2 before 项目10), the rest by pinyin. */
export function naturalCompare(a: string, b: string): number {
  return NATURAL.compare(a, b);
}

/**
 * The template's own hint texts, which a clerk leaves in a field when there is nothing to say
 * (`请在此处简要说明…`, `如没有请填无`): a field holding only them is empty, not content.
 */

/** Each pattern matches one hint (`如没有请填无` before `请填写…`, which it contains), to the end of its sentence or its colon (what follows a colon is the clerk's). */
export const HINT_PATTERNS: readonly RegExp[] = [
  // 如没有请填无, 如无请填写“无”, 若无则填无, 没有的填无
  /(?:如|若|如果)?(?:没有|无)(?:的|则|请|，|,)*(?:填写?|请填写?)[“"「]?无[”"」]?[。；;]?/g,
  // 请在此处简要说明…, 请简要描述…, 请填写…, 请根据实际情况填写…
  /请(?:在|于)?(?:此处|这里|本栏)?(?:根据实际情况)?(?:简要|简单|详细|具体|如实|据实)?(?:说明|描述|填写|填报|列明|阐述|输入|概述|概括|列示)[^。；;！!\n:：]*[。；;！!:：]?/g,
  // （必填）, （选填）, （限300字以内）, （不超过500字）
  /[（(](?:必填|选填|非必填|限?\d+字(?:以内)?|不超过\d+字)[^（()）]*[)）]/g,
  // 此处填写…, 在此填写…
  /(?:此处|在此)(?:填写|输入|说明)[^。；;！!\n:：]*[。；;！!:：]?/g,
  // 示例：…, 例如：… (the template's example, not the clerk's text)
  /^(?:填写)?(?:示例|例如|举例|填表说明)[:：][^\n]*/g,
];

/** The text without the template's hints. */
export function withoutHints(text: string): string {
  return HINT_PATTERNS.reduce((t, pattern) => t.replace(pattern, ''), text);
}

/** Whether a field says nothing of the clerk's own: blank, or only the template's hints. */
export function isBlankOrHint(text: string): boolean {
  return withoutHints(text).replace(/[\s,，.。:：;；、…（）()【】[\]]+/g, '') === '';
}

/**
 * Names whose outcome is something that should not happen: for them `无` is a real 指标值
 * (`安全事故 = 无`, `雾霾现象 = 无`), not a placeholder.
 */
export const NEGATIVE_OUTCOME_CLASSES = {
  /** Accidents and harm. */
  safety: ['事故', '伤亡', '死亡', '火灾', '安全隐患', '隐患', '中毒', '疫情', '险情', '灾害', '溺水', '踩踏'],
  /** Breaches of rules and law. */
  breaches: [
    '违规',
    '违纪',
    '违法',
    '违约',
    '违章',
    '挪用',
    '截留',
    '挤占',
    '套取',
    '贪污',
    '腐败',
    '虚报',
    '冒领',
    '骗取',
    '审计问题',
    '处罚',
    '追责',
    '问责',
  ],
  /** Complaints, disputes and petitions. */
  complaints: ['投诉', '上访', '信访', '纠纷', '举报', '负面舆情', '舆情', '负面', '群体性事件', '通报批评', '被通报'],
  /** Errors and failures of the work itself. */
  failures: [
    '差错',
    '失误',
    '错误',
    '返工',
    '质量问题',
    '缺陷',
    '故障',
    '中断',
    '停电',
    '延误',
    '逾期',
    '拖欠',
    '泄露',
    '泄密',
    '丢失',
    '损毁',
    '损失',
    '流失',
    '闲置',
    '浪费',
  ],
  /** Pollution and nuisances. */
  pollution: ['雾霾', '污染', '超标排放', '超标', '黑臭', '扬尘', '噪声', '噪音', '异味', '沙尘', '排污'],
  /** Legal cases. */
  cases: ['案件', '诉讼', '行政复议', '赔偿', '索赔'],
} as const;

export type NegativeOutcomeClass = keyof typeof NEGATIVE_OUTCOME_CLASSES;

const WORDS: readonly string[] = Object.values(NEGATIVE_OUTCOME_CLASSES).flat();

/** Whether a name states an outcome that should not happen, so that `无` answers it. */
export function namesNegativeOutcome(name: string): boolean {
  const bare = name.replace(/\s+/g, '');
  return WORDS.some((w) => bare.includes(w));
}

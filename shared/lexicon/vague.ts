/**
 * Words that make a 指标值 vague: they say "better" or "done" with nothing to measure it against
 * (`得到提升`, `明显`, `显著`, `良好`, `达标`, `合格`, `有所提高`, `进一步…`, `持续…`). Only a value
 * without any number or date can be vague; `较上年提高5%` is a target.
 */
export const VAGUE_CLASSES = {
  /** Degree words that measure nothing: anywhere in the value. */
  degree: [
    '明显',
    '显著',
    '大幅',
    '较大',
    '较为',
    '很大',
    '一定',
    '良好',
    '较好',
    '有效',
    '积极',
    '切实',
    '全面',
    '充分',
    '基本',
    '高质量',
    '高效',
    '向好',
    '突出',
    '持久',
    '长效',
    '长期',
    '稳定',
  ],
  /** Words of progress with no amount: anywhere in the value. */
  progress: ['进一步', '持续', '不断', '逐步', '逐年', '稳步', '日益', '日趋', '有所', '得到', '更加'],
  /** Verbs of direction, vague when they are all the value says (`提升`, `较2023年提升`, `促进作用`). */
  direction: [
    '提升',
    '提高',
    '改善',
    '增强',
    '加强',
    '优化',
    '增加',
    '增长',
    '促进',
    '推动',
    '推进',
    '扩大',
    '带动',
    '减少',
    '降低',
    '下降',
    '完善',
    '深化',
    '深入',
    '壮大',
    '巩固',
    '保持',
    '发展',
  ],
  /** Nouns of effect that may follow a verb of direction (`促进作用`). */
  effects: ['作用', '效果', '效应', '成效', '态势', '趋势', '影响'],
  /** Pass marks, vague when they are all the value says, after a short subject at most (`合格`, `验收合格`). */
  passMarks: [
    '达标',
    '合格',
    '达到',
    '完成',
    '实现',
    '满足',
    '符合',
    '是',
    '有',
    '好',
    '优',
    '优秀',
    '满意',
    '较满意',
    '符合要求',
    '达到要求',
    '符合标准',
    '达到标准',
    '按要求完成',
    '圆满完成',
    '顺利完成',
  ],
} as const;

/** A value that states something established (`建立…机制`, `形成送戏下乡长效机制`) is a state to check, however it is worded. */
export const ESTABLISHING = {
  verbs: ['建立', '建成', '形成', '出台', '制定', '印发', '健全'],
  things: ['机制', '制度', '办法', '体系', '规范', '标准', '方案', '平台', '档案', '台账'],
} as const;

export type VagueClass = keyof typeof VAGUE_CLASSES;

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const ANYWHERE = new RegExp(alternatives([...VAGUE_CLASSES.degree, ...VAGUE_CLASSES.progress]));

/** A comparison base that states no amount (`较上年`, `较2023年`, `同比`). */
const BASE = '(?:较|比|与)(?:上年|去年|往年|前期|上年度|\\d{4}年(?:度)?)(?:相比)?|同比|环比';

const DIRECTION_ONLY = new RegExp(`^(?:${BASE})?(?:${alternatives(VAGUE_CLASSES.direction)})+(?:${alternatives(VAGUE_CLASSES.effects)})?$`);

const PASS_MARK_ONLY = new RegExp(`^(?:[\\u4e00-\\u9fa5]{0,4}?)(?:${alternatives(VAGUE_CLASSES.passMarks)})$`);

const ESTABLISHED = new RegExp(`^(?:${alternatives(ESTABLISHING.verbs)}).*(?:${alternatives(ESTABLISHING.things)})$`);

const squeezed = (value: string) => value.replace(/[\s。.，,；;！!]+/g, '');

/** Whether a value says no more than a pass mark (`达到`, `验收合格`): checkable where the name states the condition. */
export function isPassMarkOnly(value: string): boolean {
  return PASS_MARK_ONLY.test(squeezed(value));
}

/** Whether a value without numbers says only "better" or "done". */
export function isVague(value: string): boolean {
  const text = squeezed(value);
  if (text === '' || ESTABLISHED.test(text)) return false;
  return ANYWHERE.test(text) || DIRECTION_ONLY.test(text) || PASS_MARK_ONLY.test(text);
}

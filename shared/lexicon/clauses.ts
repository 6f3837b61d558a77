/**
 * How a part of a 三级 name shows that it is a clause of its own (a measure of its own) rather than
 * a word qualifying the next part: it begins with an action (`新增规上限上`, `提升企业研发能力`) or
 * ends with a state reached (`验收合格`, `上规模发展`), or joins another action with 并. `政务服务、社会治理现代化水平` is one
 * measure: `政务服务` neither begins with an action nor ends with a state; it shares the head word.
 */
export const CLAUSE_WORDS = {
  /** Verbs that begin a clause of their own. */
  actions: [
    '新增',
    '新建',
    '开展',
    '推动',
    '推进',
    '促进',
    '提升',
    '提高',
    '降低',
    '减少',
    '增加',
    '扩大',
    '加强',
    '加快',
    '培养',
    '培育',
    '解决',
    '完成',
    '实现',
    '建立',
    '建设',
    '完善',
    '保障',
    '确保',
    '引导',
    '带动',
    '发挥',
    '优化',
    '改善',
    '支持',
    '落实',
    '组织',
    '召开',
    '举办',
    '接入',
  ],
  /** States that end a clause of their own. */
  states: ['合格', '达标', '完成', '到位', '发展', '运营', '运行', '投产', '竣工', '验收', '通过', '落地', '壮大', '提升', '提高', '增长', '下降'],
} as const;

const ACTIONS: readonly string[] = CLAUSE_WORDS.actions;
const STATES: readonly string[] = CLAUSE_WORDS.states;

/** Whether a part of a name (four characters or more) reads as a clause of its own: `正常运营并接入平台` joins two actions with 并. */
export function isClause(part: string): boolean {
  return [...part].length >= 4 && (ACTIONS.some((a) => part.startsWith(a) || part.includes(`并${a}`)) || STATES.some((s) => part.endsWith(s)));
}

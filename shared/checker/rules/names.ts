/** The 三级 names: one measure each, short enough to read at a glance. */
import { isClause } from '../../lexicon/clauses';
import { bareName, realIndicators, type IndexedIndicator } from '../indicators';
import { atIndicator } from '../places';
import type { Problem, Rule } from '../types';

/** The words for "and", which join two measures only where each part is one (`煤炭洗选率及矸石利用率`). */
const AND = /以及|及|和|与/;

/** How a name that states a measure ends: `…率`, `…人数`, `…金额`, `…时限`, `…满意度` (not `…进度`). */
const MEASURE_END =
  /(率|数|量|额|费|费用|时间|时限|期限|面积|里程|长度|次|标准|占比|比例|比重|金额|成本|周期|规模|(满意|知晓|知名|完成|覆盖|参与|认可|满足|精准|准确|透明|美誉|信任|关注|活跃|浓|密|强|速|温|湿|亮|清晰)度)$/;

const measures = (parts: string[]) => parts.filter((p) => p.length >= 2 && MEASURE_END.test(p)).length >= 2;
const split = (text: string, marks: RegExp) => text.split(marks).filter((p) => p !== '');

/**
 * Whether a name names two measures or more: parts joined by `；`; clauses joined by `，`; parts
 * listed with `、` that are each a measure (`开工率、竣工率`) or each a clause of its own
 * (`验收合格、正常运营并接入平台`), unless `等` gathers them into one count; parts joined by `及`/`和`
 * that each end as a measure; or a value stating several quantities (`新建8个、改造6个`).
 */
function namesSeveralMeasures({ indicator, parsed }: IndexedIndicator): boolean {
  const bare = bareName(indicator.name);
  if (split(bare, /[；;]/).length > 1) return true;
  const clauses = split(bare, /[，,]/);
  if (clauses.filter((c) => [...c].length >= 4).length > 1) return true;
  const listed = split(bare, /、/);
  if (listed.length > 1 && !listed.at(-1)!.includes('等') && (measures(listed) || listed.filter(isClause).length > 1)) return true;
  if (measures(split(bare, AND))) return true;
  return listed.length > 1 && parsed.kind === 'quantity' && parsed.more;
}

export const nameSingleMeasure: Rule = {
  id: 'name.single-measure',
  title: '一个三级指标只衡量一件事',
  severity: '提醒',
  check: ({ content }) =>
    realIndicators(content.indicators).flatMap((r): Problem[] =>
      namesSeveralMeasures(r)
        ? [atIndicator(content.indicators, r.index, 'name', `三级指标“${r.indicator.name.trim()}”包含多项内容，建议拆分为多个三级指标，每项单独设定指标值`)]
        : [],
    ),
};

export const nameLength: Rule<{ maxLength: number }> = {
  id: 'name.length',
  title: '三级指标名称简明',
  severity: '提醒',
  params: { maxLength: 20 },
  check: ({ content }, { maxLength }) =>
    realIndicators(content.indicators).flatMap(({ indicator, index }): Problem[] => {
      const length = [...bareName(indicator.name)].length;
      return length > maxLength
        ? [
            atIndicator(
              content.indicators,
              index,
              'name',
              `三级指标“${indicator.name.trim()}”有 ${length} 个字，超过 ${maxLength} 个字，建议精简为一眼能读完的名称`,
            ),
          ]
        : [];
    }),
};

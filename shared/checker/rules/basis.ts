/**
 * What a table states in support of its targets, where it carries it (the import keeps labelled
 * fields as 其他信息 and the 指标解释 column per indicator): a 政策依据 names its document, a
 * 测算依据 shows quantity × price, an indicator is explained where the others are.
 */
import { perUnit, quantitiesIn } from '../../indicatorValue';
import { isBlankOrHint } from '../../lexicon/hints';
import { unitClass } from '../../lexicon/units';
import type { ProjectContent } from '../../project';
import { realIndicators, type IndexedIndicator } from '../indicators';
import { atIndicator } from '../places';
import type { Problem, Rule } from '../types';

/** The 其他信息 fields a label names (`政策依据`, `政策依据：`, `测算依据（万元）`). */
function fields(content: ProjectContent, label: string): { label: string; value: string }[] {
  return content.otherInfo.filter((o) => o.label.replace(/\s+/g, '').startsWith(label));
}

const atField = (label: string, message: string): Problem => ({ location: label, target: { kind: 'otherInfo', label }, identity: label, message });

/** A finding at each field `named` that is empty or does not show what it must: `为空，` or `“value”` followed by the words given. */
function unsupported(content: ProjectContent, named: string, shows: (value: string) => boolean, words: { empty: string; lacking: string }): Problem[] {
  return fields(content, named).flatMap(({ label, value }): Problem[] => {
    if (isBlankOrHint(value)) return [atField(label, `${label}为空，${words.empty}`)];
    return shows(value) ? [] : [atField(label, `${label}“${value.trim()}”${words.lacking}`)];
  });
}

/** A document by its title (`《全民健身计划》`), its number (`宁财发〔2023〕12号`, `国办发[2021]3号`) or an order (`财政部令第78号`). */
const DOCUMENT = /《[^》]+》|[\u4e00-\u9fa5]{1,12}[〔［[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*第?\d+\s*号|令第?\d+号/;

export const basisPolicy: Rule = {
  id: 'basis.policy',
  title: '政策依据写明文件',
  severity: '提醒',
  check: ({ content }) =>
    unsupported(content, '政策依据', (value) => DOCUMENT.test(value), {
      empty: '请写明所依据的文件（《文件名称》或文号）',
      lacking: '没有写明文件名称或文号，请写明所依据的文件（如《…办法》、宁财发〔2023〕12号）',
    }),
};

/** A multiplication written out: `2台×7850元`, `100人*2000元`, `50 乘以 3000`. */
const MULTIPLIED = /\d[\u4e00-\u9fa5a-zA-Z%/·]{0,6}(?:[×xX*＊✕]|乘以?)[\u4e00-\u9fa5]{0,6}\d/;
/** Words that make an amount a price: `单价0.3万元`, `标准2000元`, `每人300元`. */
const PRICE_WORDS = /(单价|标准|每|均价|人均|户均|平均)/;

/** Whether a 测算依据 shows a quantity and a price per unit, or a multiplication. */
function showsQuantityTimesPrice(text: string): boolean {
  if (MULTIPLIED.test(text.replace(/\s+/g, ''))) return true;
  const stated = quantitiesIn(text);
  const isMoney = (unit: string) => unitClass(unit) === 'money';
  const price = stated.some((q) => (isMoney(q.unit) && perUnit(q.unit) !== null) || (isMoney(q.unit) && PRICE_WORDS.test(q.before)));
  const quantity = stated.some((q) => q.unit !== '' && !isMoney(q.unit) && unitClass(q.unit) !== 'rate');
  return price && quantity;
}

export const basisCalculation: Rule = {
  id: 'basis.calculation',
  title: '测算依据写明数量和单价',
  severity: '提醒',
  check: ({ content }) => {
    const example = '请列出测算过程（如“培训100人 × 2000元/人 = 20万元”）';
    return unsupported(content, '测算依据', showsQuantityTimesPrice, { empty: example, lacking: `没有写明数量 × 单价，${example}` });
  },
};

export const basisExplanation: Rule = {
  id: 'basis.explanation',
  title: '指标解释不缺项',
  severity: '提醒',
  check: ({ content }) => {
    const real = realIndicators(content.indicators);
    const explained = (r: IndexedIndicator) => !isBlankOrHint(r.indicator.extra?.explanation ?? '');
    // Only a table that has the column, shown by the indicators that fill it, asks it of every indicator.
    if (!real.some(explained)) return [];
    return real
      .filter((r) => !explained(r))
      .map((r) =>
        atIndicator(content.indicators, r.index, 'name', `三级指标“${r.indicator.name.trim()}”没有指标解释（表中其他指标有），请说明指标的含义或计算方法`),
      );
  },
};

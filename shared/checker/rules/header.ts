import type { HeaderKey } from '../../layouts';
import { isBlankOrHint } from '../../lexicon/hints';
import type { Problem, Rule } from '../types';

/** The header fields a reviewer requires, where the layout has them; the template's hint text left in one is no content. */
const REQUIRED: HeaderKey[] = ['name', 'department', 'implementingUnit', 'attribute', 'period', 'annualFunds', 'overallGoal'];

export const headerRequired: Rule = {
  id: 'header.required',
  title: '表头必填项',
  severity: '错误',
  check: ({ layout, content }) =>
    layout.headerFields
      .filter((f) => REQUIRED.includes(f.key))
      .filter((f) => {
        const value = content[f.key];
        return value === null || (typeof value === 'string' && isBlankOrHint(value));
      })
      .map((f): Problem => ({
        location: f.label,
        target: { kind: 'field', field: f.key },
        identity: f.key,
        message: `${f.label}未填写`,
      })),
};

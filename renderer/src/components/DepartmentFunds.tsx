/** 预算整体情况（万元）of the 部门整体目标表: the groups the department's blocks print, each with its 合计 and its lines. */
import { groupsOf, type DepartmentFundKey } from '../../../shared/department/layout';
import type { DepartmentTableContent } from '../../../shared/department/content';
import { useDepartmentTable } from '../stores/departmentTables';
import { MoneyField } from './MoneyField';
import { targetAttribute } from './places';

const fundPlace = (line: DepartmentFundKey) => targetAttribute({ kind: 'departmentFund', line })!;

export function DepartmentFunds({ content }: { content: DepartmentTableContent }) {
  const change = useDepartmentTable((s) => s.change);
  const set = (key: DepartmentFundKey, fen: number | null) =>
    change((c) => {
      const funds = { ...c.funds };
      if (fen === null) delete funds[key];
      else funds[key] = fen;
      return { ...c, funds };
    }, fundPlace(key));
  return (
    <table className={`evaluation-table department-funds ${content.drafted.includes('funds') ? 'pending-review' : ''}`}>
      <caption>预算整体情况（万元）</caption>
      <tbody>
        {groupsOf(content.blocks).map((group) =>
          [...(group.total ? [group.total] : []), ...group.parts].map((line, n, lines) => (
            <tr key={line.key}>
              {n === 0 && (
                <th scope="rowgroup" rowSpan={lines.length}>
                  {group.label}
                </th>
              )}
              <th scope="row">{line.label}</th>
              <td>
                <MoneyField
                  label={`${group.label}${line.label}`}
                  fen={content.funds[line.key] ?? null}
                  target={fundPlace(line.key)}
                  onChange={(fen) => set(line.key, fen)}
                />
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

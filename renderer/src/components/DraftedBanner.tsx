import { DRAFTED_PARTS, type DraftedPart } from '../../../shared/department/content';
import { useDepartmentTable } from '../stores/departmentTables';
import { targetAttribute } from './places';

const PARTS: Record<DraftedPart, string> = { funds: '项目支出', tasks: '年度重点工作任务', indicators: '绩效指标' };

/** Parts drafted from the projects stay marked (dashed outline, as carried parts are) until the clerk confirms each. */
export function DraftedBanner({ drafted }: { drafted: DraftedPart[] }) {
  const confirm = useDepartmentTable((s) => s.confirm);
  if (drafted.length === 0) return null;
  return (
    <div className="carry-banner" role="status">
      以下内容由本年度项目生成，请核对后确认：
      {DRAFTED_PARTS.filter((part) => drafted.includes(part)).map((part) => (
        <button key={part} type="button" data-target={targetAttribute({ kind: 'departmentDrafted', part })} onClick={() => confirm(part)}>
          {PARTS[part]}已核对
        </button>
      ))}
    </div>
  );
}

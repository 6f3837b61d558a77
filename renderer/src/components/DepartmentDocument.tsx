/** What the editors of the year's 部门整体 tables share: opening the year's document in its store, and the pane's tabs. */
import { useOpenedDocument, type Opening } from '../hooks/useOpenedDocument';
import type { YearSubject } from '../stores/departmentTables';
import { DEPARTMENT_TABS, useDepartmentView } from '../stores/departmentView';

/** Opens the year's document in its store; `opened` once the store holds this year's, read or failed to be. */
export function useYearDocument<C>(useDocument: <U>(selector: (state: Opening<C, YearSubject>) => U) => U, departmentFile: string, year: number) {
  return useOpenedDocument(useDocument, { departmentFile, id: year, year });
}

/** Which of the year's two tables is shown. */
export function DepartmentTabs() {
  const tab = useDepartmentView((s) => s.tab);
  const show = useDepartmentView((s) => s.show);
  return (
    <div className="form-tabs" role="tablist">
      {DEPARTMENT_TABS.map((t) => (
        <button key={t} type="button" role="tab" aria-selected={t === tab} className={t === tab ? 'active' : ''} onClick={() => show(t)}>
          {t}
        </button>
      ))}
    </div>
  );
}

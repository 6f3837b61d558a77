/** What the editors of the year's 部门整体 tables share: opening the year's document in its store, and the pane's tabs. */
import { useEffect } from 'react';
import type { DocumentState } from '../stores/documentStore';
import type { YearSubject } from '../stores/departmentTables';
import { DEPARTMENT_TABS, useDepartmentView } from '../stores/departmentView';

type Opening<C> = Pick<DocumentState<C, YearSubject>, 'content' | 'loaded' | 'subject' | 'error' | 'open'>;

/** Opens the year's document in its store; `opened` once the store holds this year's, read or failed to be. */
export function useYearDocument<C>(useDocument: <U>(selector: (state: Opening<C>) => U) => U, departmentFile: string, year: number) {
  const content = useDocument((s) => s.content);
  const loaded = useDocument((s) => s.loaded);
  const subject = useDocument((s) => s.subject);
  const error = useDocument((s) => s.error);
  const open = useDocument((s) => s.open);
  useEffect(() => {
    void open({ departmentFile, id: year, year });
  }, [departmentFile, year, open]);
  return { content, error, opened: loaded && subject?.departmentFile === departmentFile && subject.year === year };
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

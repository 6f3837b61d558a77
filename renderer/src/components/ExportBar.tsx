import { useState } from 'react';
import { api, errorMessage } from '../api/client';
import { saveFile } from '../api/download';
import { useEditor } from '../stores/editor';
import { useProjects } from '../stores/projects';
import { Notice, type NoticeText } from './Notice';
import { ConfirmDialog } from './ConfirmDialog';

type Scope = 'current' | 'checked' | 'year';
type Format = 'xlsx' | 'docx';

/** Export of the current project, the ticked ones, or the whole year, as Excel or Word. */
export function ExportBar() {
  const department = useProjects((s) => s.department);
  const year = useProjects((s) => s.year);
  const list = useProjects((s) => s.list);
  const selectedId = useProjects((s) => s.selectedId);
  const checked = useProjects((s) => s.checked);
  const [scope, setScope] = useState<Scope>('year');
  const [stacked, setStacked] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<NoticeText | null>(null);
  const [confirming, setConfirming] = useState<{ format: Format; drafts: string[] } | null>(null);

  const ids = scope === 'current' ? (selectedId === null ? [] : [selectedId]) : scope === 'checked' ? checked : list.map((p) => p.id);
  const chosen = list.filter((p) => ids.includes(p.id));

  const run = async (format: Format) => {
    if (!department) return;
    setConfirming(null);
    setBusy(`正在导出 ${chosen.length} 个项目…`);
    setMessage(null);
    try {
      await useEditor.getState().flush();
      const file = await api.exportProjects({ department, year, format, stacked, ids });
      saveFile(file.fileName, file.mimeType, file.base64);
      setMessage({ text: `已导出“${file.fileName}”${file.draftProjects.length ? `（含 ${file.draftProjects.length} 个草稿）` : ''}`, error: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(null);
    }
  };

  const start = (format: Format) => {
    const drafts = chosen.filter((p) => p.errors > 0).map((p) => p.name);
    if (drafts.length) setConfirming({ format, drafts });
    else void run(format);
  };

  return (
    <div className="export-bar">
      <label>
        导出
        <select aria-label="导出范围" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="current">当前项目</option>
          <option value="checked">勾选的 {checked.length} 个项目</option>
          <option value="year">全年 {list.length} 个项目</option>
        </select>
      </label>
      <label title="所有项目放在同一个工作表中，每个表另起一页">
        <input type="checkbox" checked={stacked} onChange={(e) => setStacked(e.target.checked)} />
        Excel 合并为一表
      </label>
      <button type="button" disabled={chosen.length === 0 || busy !== null} onClick={() => start('xlsx')}>
        导出 Excel
      </button>
      <button type="button" disabled={chosen.length === 0 || busy !== null} onClick={() => start('docx')}>
        导出 Word
      </button>
      {busy && (
        <span className="muted" role="status">
          {busy}
        </span>
      )}
      <Notice notice={message} as="span" />
      {confirming && (
        <ConfirmDialog
          message={`${confirming.drafts.length} 个项目还有审核错误（${confirming.drafts.join('、')}），导出的文件将标为“草稿”。仍要导出吗？`}
          confirmLabel="仍然导出"
          onCancel={() => setConfirming(null)}
          onConfirm={() => void run(confirming.format)}
        />
      )}
    </div>
  );
}

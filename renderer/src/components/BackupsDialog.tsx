/**
 * 备份与恢复: a department file's backups with their time and reason; one is restored after
 * confirmation, the current state being kept as a backup first.
 */
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/api/contract';
import { api, errorMessage } from '../api/client';
import { useEditor } from '../stores/editor';
import { useEvaluation } from '../stores/evaluation';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';
import { Notice, type NoticeText } from './Notice';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function BackupsDialog({
  departmentFile,
  title,
  onClose,
  onRestored,
}: {
  departmentFile: string;
  title: string;
  onClose: () => void;
  onRestored: () => void;
}) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [message, setMessage] = useState<NoticeText | null>(null);

  const load = () => api.listBackups({ departmentFile }).then(setBackups, (error) => setMessage({ text: errorMessage(error), error: true }));
  useEffect(() => {
    void load();
  }, [departmentFile]);

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    try {
      // Edits still waiting to be saved belong to the state being replaced.
      await useEditor.getState().flush();
      await useEvaluation.getState().flush();
      const { kept } = await api.restoreBackup({ departmentFile, backup: backup.file });
      setMessage({ text: `已恢复到 ${backup.time} 的备份；恢复前的数据已另存为“${kept}”`, error: false });
      await load();
      onRestored();
    } catch (error) {
      setMessage({ text: `${errorMessage(error)}（当前数据未改动）`, error: true });
    }
  };

  return (
    <Dialog label="备份与恢复" title={`备份与恢复：${title}`} onClose={onClose} actions={null}>
      <p className="muted">每次升级、导入、结转之前和每天第一次打开时自动备份，保存在单位文件旁的“备份”文件夹中，保留最近 20 份。</p>
      {backups && backups.length === 0 && <p className="muted">还没有备份。</p>}
      {backups && backups.length > 0 && (
        <table className="backups">
          <thead>
            <tr>
              <th>时间</th>
              <th>原因</th>
              <th>大小</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.file}>
                <td>{b.time}</td>
                <td>{b.reason}</td>
                <td className="number">{size(b.bytes)}</td>
                <td>
                  <button type="button" onClick={() => setConfirming(b)}>
                    恢复
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Notice notice={message} />
      {confirming && (
        <ConfirmDialog
          message={`用 ${confirming.time}（${confirming.reason}）的备份替换现在的数据吗？现在的数据会先另存为一份备份。`}
          confirmLabel="恢复"
          onCancel={() => setConfirming(null)}
          onConfirm={() => void restore(confirming)}
        />
      )}
    </Dialog>
  );
}

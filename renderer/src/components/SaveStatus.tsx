import type { SaveState } from '../stores/documentStore';
import { useHoldsUncommitted } from '../stores/uncommitted';

const LABELS = { pending: '有未保存的修改…', saving: '正在保存…', failed: '保存失败', conflict: '未保存：已在别处修改' } as const;

export function SaveStatus({ state: documentState, savedAt, error }: { state: SaveState; savedAt: string | null; error: string | null }) {
  // Text still in a field (a cell being typed in) is not saved, whatever the document's state.
  const typing = useHoldsUncommitted();
  const state = documentState === 'saved' && typing ? 'pending' : documentState;
  const time = savedAt ? new Date(savedAt).toLocaleTimeString('zh-CN', { hour12: false }) : '';
  return (
    <span className={`save-status ${state}`} role="status" data-state={state}>
      {state === 'saved' ? `已保存 ${time}` : LABELS[state]}
      {state === 'failed' && error && `：${error}`}
    </span>
  );
}

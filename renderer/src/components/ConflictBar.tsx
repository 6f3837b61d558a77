/**
 * After a save was refused because another tab or window saved the same table since: what
 * happened, and the clerk's two ways on (one, where the table is not a project's), neither of which loses what was saved anywhere.
 */
export function ConflictBar({ message, onReload, onKeepCopy }: { message: string; onReload: () => void; onKeepCopy: (() => void) | null }) {
  return (
    <div className="conflict-bar" role="alert">
      <p>{message}</p>
      <button type="button" onClick={onReload} title="放弃这里未保存的修改，显示已保存的内容">
        重新载入
      </button>
      {onKeepCopy && (
        <button type="button" onClick={onKeepCopy} title="把这里的内容保存为一个新项目「…（副本）」，原项目保持已保存的内容">
          另存为副本
        </button>
      )}
    </div>
  );
}

import { Dialog } from './Dialog';

/** The keys of the whole program, as 快捷键 (F1 or ?) lists them; README.md lists the same. */
const SHORTCUTS: [string, string][] = [
  ['Ctrl+S', '立即保存（修改本来就会自动保存）'],
  ['Ctrl+F', '查找项目'],
  ['↑ / ↓', '在项目列表中移动'],
  ['Enter', '打开项目列表中选中的项目'],
  ['F2', '项目改名（项目列表中）'],
  ['Ctrl+D', '复制项目（项目列表中）'],
  ['Delete', '删除项目（项目列表中，先确认）'],
  ['空格', '勾选项目以便导出（项目列表中）'],
  ['Ctrl+Z / Ctrl+Y', '撤销 / 重做'],
  ['Esc', '关闭对话框、菜单'],
  ['F1 或 ?', '显示本帮助'],
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog label="快捷键" title="快捷键" onClose={onClose} actions={null}>
      <p className="muted">指标表格中的按键（方向键、Tab、F2、Insert、Ctrl+Delete、粘贴）与 Excel 相同。</p>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th>
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

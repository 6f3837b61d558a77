/**
 * 其他信息: labelled fields of a region's table that the form has no place for (项目负责人, 中期目标,
 * 测算依据 …), kept with the project in the table's order and printed back after the goal. The clerk
 * may rename, rewrite, add and remove them; each edit is one of the editor's, so Ctrl+Z undoes it.
 */
import type { OtherInfo } from '../../../shared/project';
import { useEditor } from '../stores/editor';

/** Lines a value is shown with: as many as it has, within reason (the box can be pulled larger). */
const rowsFor = (value: string) => Math.min(8, value.split('\n').length);

export function OtherInfoBlock({ otherInfo }: { otherInfo: OtherInfo[] }) {
  const change = useEditor((s) => s.change);
  const edit = (index: number, part: keyof OtherInfo, text: string) =>
    change((c) => ({ ...c, otherInfo: c.otherInfo.map((o, i) => (i === index ? { ...o, [part]: text } : o)) }), `otherInfo:${index}:${part}`);
  const add = () => change((c) => ({ ...c, otherInfo: [...c.otherInfo, { label: '', value: '' }] }));
  const remove = (index: number) => change((c) => ({ ...c, otherInfo: c.otherInfo.filter((_, i) => i !== index) }));

  return (
    <section className="other-info" aria-label="其他信息">
      <div className="other-info-head">
        <span className="other-info-title">其他信息</span>
        <span className="muted">表上的其他栏目，导出时印在年度总体目标之后</span>
        <button type="button" onClick={add}>
          ＋ 添加一项
        </button>
      </div>
      {otherInfo.map((o, index) => (
        // Fields have no identity but their place; a removal redraws those below it.
        <div key={index} className="other-info-row">
          <input
            aria-label={`其他信息第 ${index + 1} 项的名称`}
            placeholder="栏目名称"
            value={o.label}
            onChange={(e) => edit(index, 'label', e.target.value)}
          />
          <textarea
            aria-label={`其他信息：${o.label || `第 ${index + 1} 项`}`}
            rows={rowsFor(o.value)}
            value={o.value}
            onChange={(e) => edit(index, 'value', e.target.value)}
          />
          <button type="button" title="删除此项" aria-label={`删除其他信息第 ${index + 1} 项`} onClick={() => remove(index)}>
            ✕
          </button>
        </div>
      ))}
    </section>
  );
}

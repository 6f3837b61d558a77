/**
 * 审核规则: a department's rules, as its file holds them. A shipped profile is chosen as it is, or
 * the current one edited; a shipped one becomes the department's own copy at its first edit, so
 * that a profile named as shipped always is what was shipped. What is typed is checked against the
 * API's schema before saving, the message naming the field; saving keeps a backup first, and the
 * open department's editors and list follow at once.
 */
import { useEffect, useRef, useState } from 'react';
import { ruleProfile as ruleProfileSchema } from '../../../shared/api/schemas';
import type { RuleProfile } from '../../../shared/profiles/profile';
import { profileProblem } from '../../../shared/profiles/schema';
import { isShippedId } from '../../../shared/profiles/shipped';
import { api, errorMessage } from '../api/client';
import { readBase64, saveFile } from '../api/download';
import { useProjects } from '../stores/projects';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';
import { Notice, type NoticeText } from './Notice';

import { Framework, LinesField, MonitoringSection, NumberField, ownCopy, Rules, THRESHOLD_FIELDS } from './RuleProfileSections';

export function RuleProfileDialog({ departmentFile, title, onClose }: { departmentFile: string; title: string; onClose: () => void }) {
  const [saved, setSaved] = useState<RuleProfile | null>(null);
  const [draft, setDraft] = useState<RuleProfile | null>(null);
  const [shipped, setShipped] = useState<RuleProfile[]>([]);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState<NoticeText | null>(null);
  const [closing, setClosing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    Promise.all([api.getRuleProfile({ departmentFile }), api.listShippedProfiles({})]).then(
      ([profile, list]) => {
        setSaved(profile);
        setDraft(profile);
        setShipped(list);
        setChoice(list[0]?.id ?? '');
      },
      (error) => setMessage({ text: errorMessage(error), error: true }),
    );
  }, [departmentFile]);

  const dirty = saved !== null && draft !== null && JSON.stringify(saved) !== JSON.stringify(draft);
  const edit = (change: (p: RuleProfile) => RuleProfile) => {
    setDraft((d) => d && change(ownCopy(d)));
    setMessage(null);
  };
  /** The rules kept in the file: the view starts again from them, and the open department's editors follow. */
  const kept = async (profile: RuleProfile, text: string) => {
    setSaved(profile);
    setDraft(profile);
    setMessage({ text, error: false });
    await useProjects.getState().adoptProfile(departmentFile, profile);
  };

  const save = async () => {
    if (!draft) return;
    const parsed = ruleProfileSchema.safeParse(draft);
    if (!parsed.success) {
      setMessage({ text: `未保存。${profileProblem(parsed.error)}`, error: true });
      return;
    }
    try {
      await kept(await api.setRuleProfile({ departmentFile, profile: parsed.data }), `已保存“${parsed.data.name}”；保存前的数据已备份。`);
    } catch (error) {
      setMessage({ text: `${errorMessage(error)}（审核规则未改动）`, error: true });
    }
  };
  const exportFile = async () => {
    try {
      const file = await api.exportRuleProfile({ departmentFile });
      saveFile(file.fileName, file.mimeType, file.base64);
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    try {
      const profile = await api.importRuleProfile({ departmentFile, fileName: chosen.name, base64: await readBase64(chosen) });
      await kept(profile, `已导入“${profile.name}”（${chosen.name}）；导入前的数据已备份。`);
    } catch (error) {
      setMessage({ text: `${errorMessage(error)}（审核规则未改动）`, error: true });
    }
  };

  const actions = (
    <>
      <button type="button" disabled={!dirty} onClick={() => void save()}>
        保存
      </button>
      <button type="button" disabled={!dirty} onClick={() => (setDraft(saved), setMessage(null))}>
        放弃修改
      </button>
      <button
        type="button"
        disabled={dirty || !saved}
        title={dirty ? '请先保存或放弃修改' : '存为 .jxrules 文件，供本县其他电脑导入'}
        onClick={() => void exportFile()}
      >
        导出…
      </button>
      <button
        type="button"
        disabled={dirty || !saved}
        title={dirty ? '请先保存或放弃修改' : '导入 .jxrules 文件，替换本单位的审核规则'}
        onClick={() => fileInput.current?.click()}
      >
        导入…
      </button>
      <input ref={fileInput} type="file" hidden aria-label="审核规则文件" accept=".jxrules,.json" onChange={(e) => void importFile(e.target)} />
    </>
  );

  return (
    <Dialog label="审核规则" title={`审核规则：${title}`} onClose={() => (dirty ? setClosing(true) : onClose())} actions={actions}>
      {draft && (
        <div className="rule-profile">
          <section className="rules-section" aria-label="方案">
            <div className="rules-row">
              <label>
                内置方案
                <select autoFocus value={choice} onChange={(e) => setChoice(e.target.value)}>
                  {shipped.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => (setDraft(structuredClone(shipped.find((p) => p.id === choice)!)), setMessage(null))}>
                选用此方案
              </button>
              <span className="muted">选用或修改后请保存。</span>
            </div>
            <div className="rules-row">
              <label className="grow">
                方案名称
                <input value={draft.name} onChange={(e) => edit((p) => ({ ...p, name: e.target.value }))} />
              </label>
              <span className="muted">{isShippedId(draft.id) ? '内置方案' : '本单位方案'}</span>
            </div>
            <label className="block">
              说明
              <textarea rows={2} value={draft.description} onChange={(e) => edit((p) => ({ ...p, description: e.target.value }))} />
            </label>
          </section>
          <Framework draft={draft} edit={edit} />
          <section className="rules-section" aria-label="项目属性选项">
            <h3>项目属性选项</h3>
            <label className="block">
              项目属性选项（每行一个；填报时仍可输入其他）
              <LinesField value={draft.attributeOptions} onChange={(lines) => edit((p) => ({ ...p, attributeOptions: lines }))} />
            </label>
          </section>
          <div className="rules-columns">
            <section className="rules-section" aria-label="自评分值">
              <h3>自评分值（合计 100）</h3>
              <div className="rules-row">
                <label>
                  预算执行
                  <NumberField
                    label="预算执行分值"
                    value={draft.weights.execution}
                    onChange={(n) => edit((p) => ({ ...p, weights: { ...p.weights, execution: n } }))}
                  />
                </label>
                {draft.framework.level1.map(({ name }) => (
                  <label key={name}>
                    {name}
                    <NumberField
                      label={`${name}分值`}
                      value={draft.weights.level1[name] ?? 0}
                      onChange={(n) => edit((p) => ({ ...p, weights: { ...p.weights, level1: { ...p.weights.level1, [name]: n } } }))}
                    />
                  </label>
                ))}
              </div>
            </section>
            <section className="rules-section" aria-label="阈值">
              <h3>阈值</h3>
              <div className="rules-row">
                {THRESHOLD_FIELDS.map((f) => (
                  <label key={f.key}>
                    {f.label}（{f.unit}）
                    <NumberField
                      label={f.label}
                      value={draft.thresholds[f.key]}
                      onChange={(n) => edit((p) => ({ ...p, thresholds: { ...p.thresholds, [f.key]: n } }))}
                    />
                  </label>
                ))}
              </div>
            </section>
            <MonitoringSection draft={draft} edit={edit} />
          </div>
          <Rules draft={draft} edit={edit} />
        </div>
      )}
      <Notice notice={message} />
      {closing && (
        <ConfirmDialog message="审核规则的修改还没有保存，放弃这些修改吗？" confirmLabel="放弃修改" onCancel={() => setClosing(false)} onConfirm={onClose} />
      )}
    </Dialog>
  );
}

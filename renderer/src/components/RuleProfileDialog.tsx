/**
 * 审核规则: a department's rules, as its file holds them. A shipped profile is chosen as it is, or
 * the current one edited; a shipped one becomes the department's own copy at its first edit, so
 * that a profile named as shipped always is what was shipped. What is typed is checked against the
 * API's schema before saving, the message naming the field; saving keeps a backup first, and the
 * open department's editors and list follow at once.
 */
import { useEffect, useRef, useState } from 'react';
import { ruleProfile as ruleProfileSchema } from '../../../shared/api/schemas';
import { SEVERITIES, type RuleSettings, type Severity } from '../../../shared/checker/types';
import { RULE_CATALOG, type RuleEntry } from '../../../shared/profiles/catalog';
import {
  minimumsText,
  monitoringThresholds,
  readMinimums,
  THRESHOLD_PARAMS,
  type MonitoringThresholds,
  type RuleProfile,
  type Thresholds,
  type UnusedLevel2,
} from '../../../shared/profiles/profile';
import { profileProblem } from '../../../shared/profiles/schema';
import { isShippedId } from '../../../shared/profiles/shipped';
import { api, errorMessage } from '../api/client';
import { readBase64, saveFile } from '../api/download';
import { useProjects } from '../stores/projects';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';
import { Notice, type NoticeText } from './Notice';

const UNUSED_CHOICES: { value: UnusedLevel2; label: string }[] = [
  { value: 'omit', label: '省略（表上不列）' },
  { value: '不适用', label: '列出并填“不适用”' },
  { value: '0|0', label: '填“0 | 0”' },
];

/** The thresholds as the view labels them; the schema's messages use the same names. */
const THRESHOLD_FIELDS: { key: keyof Thresholds; label: string; unit: string }[] = [
  { key: 'satisfactionFloor', label: '满意度指标值下限', unit: '%' },
  { key: 'nameLength', label: '三级指标名称长度', unit: '字' },
  { key: 'aboveTargetShare', label: '超出目标须说明的比例', unit: '%' },
];

/** The rules whose parameter a threshold sets: their row says so. */
const THRESHOLD_RULES = new Map(Object.entries(THRESHOLD_PARAMS).map(([key, { rule }]) => [rule, THRESHOLD_FIELDS.find((f) => f.key === key)!.label]));

/** A shipped profile as the department's own copy, to edit; the department's own as it is. */
function ownCopy(profile: RuleProfile): RuleProfile {
  if (!isShippedId(profile.id)) return profile;
  return { ...structuredClone(profile), id: `${profile.id}-本单位`, name: `${profile.name}（本单位修改）`.slice(0, 100) };
}

/** The rules with one rule's setting changed; a setting back to the rule's own is dropped, so that the file says only what differs. */
function withRule(rules: RuleSettings, rule: RuleEntry, change: { enabled?: boolean; severity?: Severity }): RuleSettings {
  const setting = { ...rules[rule.id], ...change };
  if (setting.enabled !== false) delete setting.enabled;
  if (setting.severity === rule.severity) delete setting.severity;
  const { [rule.id]: _, ...others } = rules;
  return Object.keys(setting).length > 0 ? { ...others, [rule.id]: setting } : others;
}

/** A name not yet in the list: 新二级指标, 新二级指标2, … */
function freshName(taken: string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? '新二级指标' : `新二级指标${n}`;
    if (!taken.includes(name)) return name;
  }
}

/** A figure as typed; anything but a number reaches the profile as NaN, which the schema refuses naming the field. */
function NumberField({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    if (!Object.is(Number(text.trim() || Number.NaN), value)) setText(Number.isNaN(value) ? text : String(value));
  }, [value]);
  return (
    <input
      className="number-field"
      aria-label={label}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(Number(e.target.value.trim() || Number.NaN));
      }}
    />
  );
}

/** The 执行监控表's lights: the month a year is prepared for, the yellow margin, and the region's minimum 执行率 by month. */
function MonitoringSection({ draft, edit }: { draft: RuleProfile; edit: (change: (p: RuleProfile) => RuleProfile) => void }) {
  const monitoring = monitoringThresholds(draft);
  const [minimums, setMinimums] = useState(minimumsText(monitoring.minimums));
  const set = (change: Partial<MonitoringThresholds>) => edit((p) => ({ ...p, monitoring: { ...monitoringThresholds(p), ...change } }));
  return (
    <section className="rules-section" aria-label="执行监控">
      <h3>执行监控</h3>
      <div className="rules-row">
        <label>
          截至月份
          <NumberField label="截至月份" value={monitoring.month} onChange={(month) => set({ month })} />
        </label>
        <label>
          黄灯幅度（百分点）
          <NumberField label="黄灯幅度" value={monitoring.margin} onChange={(margin) => set({ margin })} />
        </label>
        <label title="留空则按时间进度（第 N 月为 N/12）">
          各月最低执行率
          <input
            aria-label="各月最低执行率"
            placeholder="按时间进度，或如：4月25%，6月40%"
            value={minimums}
            onChange={(e) => {
              setMinimums(e.target.value);
              set({ minimums: readMinimums(e.target.value) });
            }}
          />
        </label>
      </div>
    </section>
  );
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** A list typed one item a line; the text stays as typed (a line being started too), the list has the lines that say something. */
function LinesField({ value, onChange }: { value: string[]; onChange: (lines: string[]) => void }) {
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    if (linesOf(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }, [value]);
  return (
    <textarea
      rows={3}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(linesOf(e.target.value));
      }}
    />
  );
}

function Framework({ draft, edit }: { draft: RuleProfile; edit: (change: (p: RuleProfile) => RuleProfile) => void }) {
  const shipped = isShippedId(draft.id);
  const { level1, level2 } = draft.framework;
  const setLevel2 = (index: number, change: Partial<RuleProfile['framework']['level2'][number]>) =>
    edit((p) => {
      const old = p.framework.level2[index]!;
      const renamed = change.name !== undefined && change.name !== old.name;
      return {
        ...p,
        framework: { ...p.framework, level2: p.framework.level2.map((l, i) => (i === index ? { ...l, ...change } : l)) },
        requiredLevel2: renamed ? p.requiredLevel2.map((n) => (n === old.name ? change.name! : n)) : p.requiredLevel2,
      };
    });
  const remove = (index: number) =>
    edit((p) => {
      const name = p.framework.level2[index]!.name;
      return {
        ...p,
        framework: { ...p.framework, level2: p.framework.level2.filter((_, i) => i !== index) },
        requiredLevel2: p.requiredLevel2.filter((n) => n !== name),
      };
    });
  const add = (parent: string) =>
    edit((p) => {
      const list = p.framework.level2;
      // After the last 二级 of its 一级, so that the form's order holds.
      const at = list.map((l) => l.level1).lastIndexOf(parent) + 1 || list.length;
      const added = { name: freshName(list.map((l) => l.name)), level1: parent, code: '' };
      return { ...p, framework: { ...p.framework, level2: [...list.slice(0, at), added, ...list.slice(at)] } };
    });
  const toggleRequired = (name: string, required: boolean) =>
    edit((p) => ({ ...p, requiredLevel2: required ? [...p.requiredLevel2, name] : p.requiredLevel2.filter((n) => n !== name) }));

  return (
    <section className="rules-section" aria-label="指标框架">
      <h3>指标框架与必填的二级指标</h3>
      {shipped && (
        <p className="muted">
          内置方案的框架不能直接修改。
          <button type="button" onClick={() => edit((p) => p)}>
            复制为本单位方案以修改框架
          </button>
        </p>
      )}
      <div className="framework">
        {level1.map((one) => (
          <fieldset key={one.name}>
            <legend>
              {one.code && `${one.code} `}
              {one.name}
            </legend>
            <table>
              <thead>
                <tr>
                  <th>二级指标</th>
                  <th>编码</th>
                  <th>必填</th>
                  {!shipped && <th />}
                </tr>
              </thead>
              <tbody>
                {level2.map((two, index) =>
                  two.level1 !== one.name ? null : (
                    <tr key={index}>
                      <td>
                        {shipped ? (
                          two.name
                        ) : (
                          <input aria-label={`${one.name}的二级指标名称`} value={two.name} onChange={(e) => setLevel2(index, { name: e.target.value })} />
                        )}
                      </td>
                      <td>
                        {shipped ? (
                          two.code
                        ) : (
                          <input
                            className="code-field"
                            aria-label={`${two.name}的编码`}
                            value={two.code}
                            onChange={(e) => setLevel2(index, { code: e.target.value })}
                          />
                        )}
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${two.name}必填`}
                          checked={draft.requiredLevel2.includes(two.name)}
                          onChange={(e) => toggleRequired(two.name, e.target.checked)}
                        />
                      </td>
                      {!shipped && (
                        <td>
                          <button type="button" aria-label={`删除二级指标${two.name}`} onClick={() => remove(index)}>
                            删除
                          </button>
                        </td>
                      )}
                    </tr>
                  ),
                )}
              </tbody>
            </table>
            {!shipped && (
              <button type="button" onClick={() => add(one.name)}>
                添加二级指标（{one.name}）
              </button>
            )}
          </fieldset>
        ))}
      </div>
      <div className="rules-row">
        <label>
          <input type="checkbox" checked={draft.someBenefitRequired} onChange={(e) => edit((p) => ({ ...p, someBenefitRequired: e.target.checked }))} />
          效益指标至少填一项
        </label>
        <label>
          不用的二级指标
          <select value={draft.unusedLevel2} onChange={(e) => edit((p) => ({ ...p, unusedLevel2: e.target.value as UnusedLevel2 }))}>
            {UNUSED_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}

function Rules({ draft, edit }: { draft: RuleProfile; edit: (change: (p: RuleProfile) => RuleProfile) => void }) {
  return (
    <section className="rules-section" aria-label="审核规则列表">
      <h3>规则</h3>
      <table className="rule-list">
        <thead>
          <tr>
            <th>表</th>
            <th>规则</th>
            <th>启用</th>
            <th>严重程度</th>
          </tr>
        </thead>
        <tbody>
          {RULE_CATALOG.map((rule) => {
            const setting = draft.rules[rule.id];
            const threshold = THRESHOLD_RULES.get(rule.id);
            return (
              <tr key={rule.id} data-rule={rule.id}>
                <td>{rule.form}</td>
                <td>
                  {rule.title}
                  <span className="muted"> {rule.id}</span>
                  {threshold && <span className="muted">（阈值见上：{threshold}）</span>}
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`启用：${rule.title}`}
                    checked={setting?.enabled !== false}
                    onChange={(e) => edit((p) => ({ ...p, rules: withRule(p.rules, rule, { enabled: e.target.checked }) }))}
                  />
                </td>
                <td>
                  <select
                    aria-label={`严重程度：${rule.title}`}
                    value={setting?.severity ?? rule.severity}
                    onChange={(e) => edit((p) => ({ ...p, rules: withRule(p.rules, rule, { severity: e.target.value as Severity }) }))}
                  >
                    {SEVERITIES.map((s) => (
                      <option key={s}>{s}</option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

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

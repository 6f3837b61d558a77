/** The sections of the 审核规则 view: the framework, the rules, the 执行监控 thresholds, and the fields they are made of. */
import { useEffect, useState } from 'react';
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
import { isShippedId } from '../../../shared/profiles/shipped';

export const UNUSED_CHOICES: { value: UnusedLevel2; label: string }[] = [
  { value: 'omit', label: '省略（表上不列）' },
  { value: '不适用', label: '列出并填“不适用”' },
  { value: '0|0', label: '填“0 | 0”' },
];

/** The thresholds as the view labels them; the schema's messages use the same names. */
export const THRESHOLD_FIELDS: { key: keyof Thresholds; label: string; unit: string }[] = [
  { key: 'satisfactionFloor', label: '满意度指标值下限', unit: '%' },
  { key: 'nameLength', label: '三级指标名称长度', unit: '字' },
  { key: 'aboveTargetShare', label: '超出目标须说明的比例', unit: '%' },
];

/** The rules whose parameter a threshold sets: their row says so. */
const THRESHOLD_RULES = new Map(Object.entries(THRESHOLD_PARAMS).map(([key, { rule }]) => [rule, THRESHOLD_FIELDS.find((f) => f.key === key)!.label]));

/** A shipped profile as the department's own copy, to edit; the department's own as it is. */
export function ownCopy(profile: RuleProfile): RuleProfile {
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
export function NumberField({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
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
export function MonitoringSection({ draft, edit }: { draft: RuleProfile; edit: (change: (p: RuleProfile) => RuleProfile) => void }) {
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
export function LinesField({ value, onChange }: { value: string[]; onChange: (lines: string[]) => void }) {
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

export function Framework({ draft, edit }: { draft: RuleProfile; edit: (change: (p: RuleProfile) => RuleProfile) => void }) {
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

export function Rules({ draft, edit }: { draft: RuleProfile; edit: (change: (p: RuleProfile) => RuleProfile) => void }) {
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

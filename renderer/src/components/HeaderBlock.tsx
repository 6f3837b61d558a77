import { headerBlockFields, LAYOUTS, type FieldDef, type FundKey, type HeaderKey, type LayoutId } from '../../../shared/layouts';
import type { CarriedPart } from '../../../shared/carry';
import type { ProjectContent } from '../../../shared/project';
import { useEditor } from '../stores/editor';
import { MoneyField } from './MoneyField';
import { targetAttribute } from './places';

type TextKey = Exclude<HeaderKey, 'totalFunds' | 'annualFunds' | 'overallGoal'> | 'code' | 'departmentCode';

/** The 项目属性 the department's rules offer, for every project's field (typing another stays allowed). */
const ATTRIBUTE_OPTIONS = 'attribute-options';

/**
 * The header, funding and goal blocks of the form, as the department's layout has them, with the
 * project's 项目编码 and its 主管部门's code; 项目属性 offers the department's options.
 */
export function HeaderBlock({
  layoutId,
  attributeOptions,
  content,
  pending,
}: {
  layoutId: LayoutId;
  attributeOptions: string[];
  content: ProjectContent;
  pending: CarriedPart[];
}) {
  const change = useEditor((s) => s.change);
  const layout = LAYOUTS[layoutId];
  const setText = (key: TextKey | 'overallGoal', value: string) => change((c) => ({ ...c, [key]: value }), key);
  const setFund = (key: FundKey, fen: number | null) =>
    change((c) => {
      const funds = { ...c.funds };
      if (fen === null) delete funds[key];
      else funds[key] = fen;
      return { ...c, funds };
    }, key);

  const goal = layout.headerFields.find((f) => f.key === 'overallGoal');
  const textInput = (f: FieldDef<HeaderKey>) => (
    <input
      aria-label={f.label}
      data-target={targetAttribute({ kind: 'field', field: f.key })!}
      list={f.key === 'attribute' ? ATTRIBUTE_OPTIONS : undefined}
      value={content[f.key as TextKey]}
      onChange={(e) => setText(f.key as TextKey, e.target.value)}
    />
  );
  return (
    <>
      <datalist id={ATTRIBUTE_OPTIONS}>
        {attributeOptions.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
      <div className="header-fields">
        {headerBlockFields(layout).map((f) =>
          f.key === 'name' ? (
            // 项目编码 beside the name: regions' systems number their projects.
            <div key={f.key} className="wide name-and-code">
              <label>
                <span className="label">{f.label}</span>
                {textInput(f)}
              </label>
              <label className="project-code">
                <span className="label">项目编码</span>
                <input aria-label="项目编码" value={content.code} onChange={(e) => setText('code', e.target.value)} />
              </label>
            </div>
          ) : f.key === 'department' ? (
            // The 主管部门's code (`[105]教育部`) stands before its name, as the forms that ask for it print it.
            <div key={f.key} className="header-field">
              <span className="label">{f.label}</span>
              <span className="department-with-code">
                <input
                  className="department-code"
                  aria-label="部门代码"
                  title="主管部门的代码，如“[105]教育部”中的 105"
                  placeholder="代码"
                  value={content.departmentCode}
                  onChange={(e) => setText('departmentCode', e.target.value)}
                />
                {textInput(f)}
              </span>
            </div>
          ) : (
            <label key={f.key} className={f.kind === 'money' && pending.includes('amounts') ? 'pending-review' : ''}>
              <span className="label">{f.label}</span>
              {f.key === 'totalFunds' || f.key === 'annualFunds' ? (
                <MoneyField
                  label={f.label}
                  fen={content[f.key]}
                  target={targetAttribute({ kind: 'field', field: f.key })!}
                  onChange={(fen) => change((c) => ({ ...c, [f.key]: fen }), f.key)}
                />
              ) : (
                textInput(f)
              )}
            </label>
          ),
        )}
      </div>
      {layout.funding.length > 0 && (
        <fieldset className={`funding ${pending.includes('amounts') ? 'pending-review' : ''}`}>
          <legend>资金构成（万元）</legend>
          {layout.funding.map((group) => (
            <div key={group.label} className="fund-group">
              <span className="label">{group.label}</span>
              {group.opening && (
                <label>
                  <span className="label">{group.opening.label}</span>
                  <MoneyField
                    label={group.opening.label}
                    fen={content.annualFunds}
                    target={targetAttribute({ kind: 'field', field: 'annualFunds' })!}
                    onChange={(fen) => change((c) => ({ ...c, annualFunds: fen }), 'annualFunds')}
                  />
                </label>
              )}
              {group.parts.map((part) => (
                <label key={part.key}>
                  <span className="label">{part.label}</span>
                  <MoneyField
                    label={`${group.label}${part.label}`}
                    fen={content.funds[part.key] ?? null}
                    target={targetAttribute({ kind: 'fund', fund: part.key })!}
                    onChange={(fen) => setFund(part.key, fen)}
                  />
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      )}
      {goal && (
        <label className={`goal ${pending.includes('goal') ? 'pending-review' : ''}`}>
          <span className="label">{goal.label}</span>
          <textarea
            aria-label={goal.label}
            data-target={targetAttribute({ kind: 'field', field: 'overallGoal' })}
            rows={4}
            value={content.overallGoal}
            onChange={(e) => setText('overallGoal', e.target.value)}
          />
        </label>
      )}
    </>
  );
}

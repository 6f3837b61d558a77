import { headerBlockFields, LAYOUTS, type FundKey, type HeaderKey, type LayoutId } from '../../../shared/layouts';
import type { CarriedPart } from '../../../shared/carry';
import type { ProjectContent } from '../../../shared/project';
import { useEditor } from '../stores/editor';
import { MoneyField } from './MoneyField';
import { targetAttribute } from './places';

type TextKey = Exclude<HeaderKey, 'totalFunds' | 'annualFunds' | 'overallGoal'>;

/** The header, funding and goal blocks of the form, as the department's layout has them. */
export function HeaderBlock({ layoutId, content, pending }: { layoutId: LayoutId; content: ProjectContent; pending: CarriedPart[] }) {
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
  return (
    <>
      <div className="header-fields">
        {headerBlockFields(layout).map((f) => (
          <label key={f.key} className={`${f.key === 'name' ? 'wide' : ''} ${f.kind === 'money' && pending.includes('amounts') ? 'pending-review' : ''}`}>
            <span className="label">{f.label}</span>
            {f.key === 'totalFunds' || f.key === 'annualFunds' ? (
              <MoneyField
                label={f.label}
                fen={content[f.key]}
                target={targetAttribute({ kind: 'field', field: f.key })!}
                onChange={(fen) => change((c) => ({ ...c, [f.key]: fen }), f.key)}
              />
            ) : (
              <input
                aria-label={f.label}
                data-target={targetAttribute({ kind: 'field', field: f.key })!}
                value={content[f.key as TextKey]}
                onChange={(e) => setText(f.key as TextKey, e.target.value)}
              />
            )}
          </label>
        ))}
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

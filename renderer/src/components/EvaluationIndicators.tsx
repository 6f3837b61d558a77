/**
 * The indicator table of the 自评表: the clerk enters each 实际完成值 (a figure, a date, or one of
 * the three grades), sees the suggested score, and may override it with a reason. Enter and the
 * arrow keys move down and up a column; a column pasted from Excel fills the rows below.
 */
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { formatPoints, type EvaluationContent, type EvaluationIndicator, type ScoreOverride } from '../../../shared/evaluation/content';
import { spreadWeights } from '../../../shared/evaluation/generate';
import { fractionPoints, type EvaluationScores, type PartScore } from '../../../shared/evaluation/scores';
import { QUALITATIVE_GRADES } from '../../../shared/scoring/indicatorScore';
import { isBlock, pasteActuals } from '../../../shared/paste';
import type { Framework } from '../../../shared/profiles/profile';
import { useEvaluation } from '../stores/evaluation';
import { targetAttribute } from './places';
import { PointsField } from './PointsField';

const GRADES_LIST = 'qualitative-grades';

/**
 * The suggested score, and the clerk's own with its reason. `place` gives the `data-target` of the
 * score and of the reason, which also keys their undo steps.
 */
export function ScoreCell({
  label,
  score,
  place,
  onOverride,
  row,
}: {
  label: string;
  score: PartScore;
  place: (field: 'score' | 'reason') => string;
  onOverride: (o: ScoreOverride | null, coalesce: string) => void;
  row?: number;
}) {
  const suggested = score.suggested === null ? null : formatPoints(fractionPoints(score.suggested));
  const override = score.override;
  return (
    <div className={`score-cell ${override ? 'overridden' : ''}`}>
      <span className="suggested" title="按评分规则计算的建议得分">
        {suggested === null ? '需手评' : `建议 ${suggested}`}
      </span>
      <PointsField
        label={`${label}得分`}
        value={override?.score ?? null}
        placeholder={suggested ?? '得分'}
        data-target={place('score')}
        {...(row === undefined ? {} : { 'data-row': row, 'data-col': 'score' })}
        onChange={(points) => onOverride(points === null ? null : { score: points, reason: override?.reason ?? '' }, place('score'))}
      />
      {override && (
        <input
          aria-label={`${label}改分理由`}
          data-target={place('reason')}
          className={override.reason.trim() ? '' : 'invalid'}
          placeholder="改分理由（必填）"
          value={override.reason}
          onChange={(e) => onOverride({ ...override, reason: e.target.value }, place('reason'))}
        />
      )}
    </div>
  );
}

/** Moves the focus to the same column of the row above or below. */
function moveInColumn(e: KeyboardEvent<HTMLElement>) {
  const target = e.target as HTMLElement;
  const row = target.dataset.row;
  const col = target.dataset.col;
  if (row === undefined || !col) return;
  const step = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' || e.key === 'Enter' ? 1 : 0;
  if (!step) return;
  const next = e.currentTarget.querySelector<HTMLInputElement>(`[data-row="${Number(row) + step}"][data-col="${col}"]`);
  if (!next) return;
  e.preventDefault();
  next.focus();
  next.select();
}

export function EvaluationIndicators({ content, scores, framework }: { content: EvaluationContent; scores: EvaluationScores; framework: Framework }) {
  const change = useEvaluation((s) => s.change);
  /** The `data-target` of a field of an indicator's row; edits of one field in quick succession are one undo step. */
  const at = (index: number, field: 'actual' | 'weight' | 'score' | 'reason' | 'deviation') => targetAttribute({ kind: 'evaluationIndicator', index, field })!;
  const setIndicator = (index: number, patch: Partial<EvaluationIndicator>, coalesce: string) =>
    change((c) => ({ ...c, indicators: c.indicators.map((i, n) => (n === index ? { ...i, ...patch } : i)) }), coalesce);

  const pasteColumn = (index: number, e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isBlock(text)) return;
    e.preventDefault();
    change((c) => ({ ...c, indicators: pasteActuals(c.indicators, index, text) }));
  };

  const transfer = content.variant === '转移支付';
  // The framework's 一级, and any other the table has a weight for (one prepared by other rules).
  const level1s = [...new Set([...framework.level1.map((l) => l.name), ...Object.keys(content.level1Weights)])];
  return (
    <section className="evaluation-indicators">
      <div className="level1-weights">
        <span className="label">一级指标分值</span>
        {level1s.map((level1) => (
          <label key={level1}>
            {level1}
            <PointsField
              label={`${level1}分值`}
              value={content.level1Weights[level1] ?? null}
              data-target={targetAttribute({ kind: 'level1Weight', level1 })!}
              onChange={(p) =>
                change((c) => ({ ...c, level1Weights: { ...c.level1Weights, [level1]: p ?? 0 } }), targetAttribute({ kind: 'level1Weight', level1 }))
              }
            />
          </label>
        ))}
        <button type="button" onClick={() => change((c) => ({ ...c, indicators: spreadWeights(c.indicators, c.level1Weights) }))}>
          按一级分值平均分配到三级指标
        </button>
      </div>
      <datalist id={GRADES_LIST}>
        {Object.keys(QUALITATIVE_GRADES).map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <table className="evaluation-table indicators" onKeyDown={moveInColumn}>
        <thead>
          <tr>
            <th>一级指标</th>
            <th>二级指标</th>
            <th>三级指标</th>
            <th>{transfer ? '指标值' : '年度指标值'}</th>
            <th>{transfer ? '全年实际完成值' : '实际完成值'}</th>
            <th>分值</th>
            <th>得分</th>
            <th>{transfer ? '未完成原因和改进措施' : '偏差原因分析及改进措施'}</th>
          </tr>
        </thead>
        <tbody>
          {content.indicators.map((indicator, index) => {
            const score = scores.indicators[index]!;
            const place = `${indicator.level2}「${indicator.name}」`;
            return (
              <tr key={index} data-index={index}>
                <td className="level">{index === 0 || content.indicators[index - 1]!.level1 !== indicator.level1 ? indicator.level1 : ''}</td>
                <td className="level">{index === 0 || content.indicators[index - 1]!.level2 !== indicator.level2 ? indicator.level2 : ''}</td>
                <td>{indicator.name}</td>
                <td>{indicator.target}</td>
                <td>
                  <input
                    aria-label={`${place}实际完成值`}
                    data-target={at(index, 'actual')}
                    data-row={index}
                    data-col="actual"
                    list={GRADES_LIST}
                    value={indicator.actual}
                    onChange={(e) => setIndicator(index, { actual: e.target.value }, at(index, 'actual'))}
                    onPaste={(e) => pasteColumn(index, e)}
                  />
                  {score.suggestion.notes.length > 0 && indicator.actual.trim() !== '' && <span className="hint">{score.suggestion.notes.join('；')}</span>}
                </td>
                <td>
                  <PointsField
                    label={`${place}分值`}
                    value={indicator.weight}
                    data-target={at(index, 'weight')}
                    data-row={index}
                    data-col="weight"
                    onChange={(weight) => setIndicator(index, { weight }, at(index, 'weight'))}
                  />
                </td>
                <td>
                  <ScoreCell
                    label={place}
                    score={score}
                    row={index}
                    place={(field) => at(index, field)}
                    onOverride={(override, key) => setIndicator(index, { override }, key)}
                  />
                </td>
                <td className={indicator.deviationDraft ? 'pending-review' : ''}>
                  <input
                    aria-label={`${place}偏差原因`}
                    data-target={at(index, 'deviation')}
                    data-row={index}
                    data-col="deviation"
                    value={indicator.deviation}
                    // Writing it makes it the clerk's own: no longer the draft taken from the 执行监控表.
                    onChange={(e) => setIndicator(index, { deviation: e.target.value, deviationDraft: undefined }, at(index, 'deviation'))}
                  />
                  {indicator.deviationDraft && (
                    <button
                      type="button"
                      className="confirm-draft"
                      title="偏差原因取自执行监控表，核对无误后确认"
                      onClick={() => setIndicator(index, { deviationDraft: undefined }, at(index, 'deviation'))}
                    >
                      确认
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

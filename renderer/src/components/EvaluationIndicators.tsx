/**
 * The indicator table of the 自评表: the clerk enters each 实际完成值 (a figure, a date, or one of
 * the three grades), sees the suggested score, and may override it with a reason. Enter and the
 * arrow keys move down and up a column; a column pasted from Excel fills the rows below. Columns
 * are sized to their text and dragged at their header's edge as in the 绩效目标表's grid.
 */
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { formatPoints, type EvaluationContent, type EvaluationIndicator, type ScoreOverride } from '../../../shared/evaluation/content';
import { spreadWeights } from '../../../shared/evaluation/generate';
import { fractionPoints, type EvaluationScores, type PartScore } from '../../../shared/evaluation/scores';
import { QUALITATIVE_GRADES } from '../../../shared/scoring/indicatorScore';
import { isBlock, pasteActuals } from '../../../shared/paste';
import type { Framework } from '../../../shared/profiles/profile';
import { useEvaluation } from '../stores/evaluation';
import { useColumnWidths, type TextColumn } from '../hooks/useColumnWidths';
import { GrowingText } from './GrowingText';
import { targetAttribute } from './places';
import { PointsField } from './PointsField';

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
  const next = e.currentTarget.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-row="${Number(row) + step}"][data-col="${col}"]`);
  if (!next) return;
  e.preventDefault();
  next.focus();
  next.select();
}

/** The widths of the 分值 and 得分 columns, which hold fields of a set size. */
/** Two ideographic spaces: the room the grades' arrow and the box's border take beside a 实际完成值. */
const ARROW_ROOM = '\u3000\u3000';

const POINTS_WIDTHS = { weight: 58, score: 86 };

/** What the indicator table reads of a 自评表: the project's, or the 部门整体 one's (which has no 转移支付 variant). */
type Scored = Pick<EvaluationContent, 'indicators' | 'level1Weights'> & { variant?: EvaluationContent['variant'] };
/** An edit of the 自评表 the table is in (its store's `change`). */
export type ScoredChange = (edit: <T extends Scored>(content: T) => T, coalesce?: string) => void;

export function EvaluationIndicators({
  content,
  scores,
  framework,
  onChange,
}: {
  content: Scored;
  scores: EvaluationScores;
  framework: Framework;
  /** Where the table is not the project's 自评表. */
  onChange?: ScoredChange;
}) {
  const projectChange = useEvaluation((s) => s.change);
  const change: ScoredChange = onChange ?? projectChange;
  /** The `data-target` of a field of an indicator's row; edits of one field in quick succession are one undo step. */
  const at = (index: number, field: 'actual' | 'weight' | 'score' | 'reason' | 'deviation') => targetAttribute({ kind: 'evaluationIndicator', index, field })!;
  const setIndicator = (index: number, patch: Partial<EvaluationIndicator>, coalesce: string) =>
    change((c) => ({ ...c, indicators: c.indicators.map((i, n) => (n === index ? { ...i, ...patch } : i)) }), coalesce);

  const pasteColumn = (index: number, e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isBlock(text)) return;
    e.preventDefault();
    change((c) => ({ ...c, indicators: pasteActuals(c.indicators, index, text) }));
  };

  const transfer = content.variant === '转移支付';
  const headers = {
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: transfer ? '指标值' : '年度指标值',
    actual: transfer ? '全年实际完成值' : '实际完成值',
    deviation: transfer ? '未完成原因和改进措施' : '偏差原因分析及改进措施',
  };
  const text = (key: keyof typeof headers, of: (i: EvaluationIndicator) => string, min: number, max: number, grows = false): TextColumn => ({
    key,
    texts: [headers[key], ...content.indicators.map(of)],
    min,
    max,
    grows,
  });
  const columns = useColumnWidths(
    'evaluationIndicators',
    [
      text('level1', (i) => i.level1, 40, 80),
      text('level2', (i) => i.level2, 48, 96),
      text('name', (i) => i.name, 80, 200),
      text('target', (i) => i.target, 64, 160),
      text('actual', (i) => `${i.actual}${ARROW_ROOM}`, 120, 260, true),
      text('deviation', (i) => i.deviation, 80, 300, true),
    ],
    POINTS_WIDTHS.weight + POINTS_WIDTHS.score,
  );
  const header = (key: keyof typeof headers) => (
    <th className="resizable">
      {headers[key]}
      <span className="column-edge" title="拖动调整列宽，双击按内容调整" {...columns.edge(key)} />
    </th>
  );
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
      <div ref={columns.container}>
        <table className="evaluation-table indicators" style={{ width: columns.total }} onKeyDown={moveInColumn}>
          <colgroup>
            {(['level1', 'level2', 'name', 'target', 'actual'] as const).map((key) => (
              <col key={key} style={{ width: columns.widths[key] }} />
            ))}
            <col style={{ width: POINTS_WIDTHS.weight }} />
            <col style={{ width: POINTS_WIDTHS.score }} />
            <col style={{ width: columns.widths.deviation }} />
          </colgroup>
          <thead>
            <tr>
              {header('level1')}
              {header('level2')}
              {header('name')}
              {header('target')}
              {header('actual')}
              <th>分值</th>
              <th>得分</th>
              {header('deviation')}
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
                    <div className="actual-cell">
                      <GrowingText
                        aria-label={`${place}实际完成值`}
                        data-target={at(index, 'actual')}
                        data-row={index}
                        data-col="actual"
                        value={indicator.actual}
                        onText={(actual) => setIndicator(index, { actual }, at(index, 'actual'))}
                        onPaste={(e) => pasteColumn(index, e)}
                      />
                      <select
                        className="grade-pick"
                        aria-label={`${place}评价等级`}
                        title="按等级填写实际完成值"
                        value=""
                        onChange={(e) => setIndicator(index, { actual: e.target.value }, at(index, 'actual'))}
                      >
                        <option value="">选等级…</option>
                        {Object.keys(QUALITATIVE_GRADES).map((g) => (
                          <option key={g} value={g}>
                            {g}
                          </option>
                        ))}
                      </select>
                    </div>
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
                    <GrowingText
                      aria-label={`${place}偏差原因`}
                      data-target={at(index, 'deviation')}
                      data-row={index}
                      data-col="deviation"
                      value={indicator.deviation}
                      // Writing it makes it the clerk's own: no longer the draft taken from the 执行监控表.
                      onText={(deviation) => setIndicator(index, { deviation, deviationDraft: undefined }, at(index, 'deviation'))}
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
      </div>
    </section>
  );
}

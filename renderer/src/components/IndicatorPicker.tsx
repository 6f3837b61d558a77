/** The year's projects' core indicators (数量, 质量, 满意度), to pick from for the 部门整体目标表. */
import { useEffect, useState } from 'react';
import type { IndicatorCandidate } from '../../../shared/department/draft';
import type { Indicator } from '../../../shared/project';
import { api, errorMessage } from '../api/client';
import { Modal } from './Dialog';

const sameIndicator = (a: Indicator, b: Indicator) => a.level2 === b.level2 && a.name.trim() === b.name.trim();

export function IndicatorPicker({
  departmentFile,
  year,
  present,
  onAdd,
  onClose,
}: {
  departmentFile: string;
  year: number;
  /** The table's indicators: those already in it are not offered again. */
  present: Indicator[];
  onAdd: (indicators: Indicator[]) => void;
  onClose: () => void;
}) {
  const [candidates, setCandidates] = useState<IndicatorCandidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  useEffect(() => {
    api.departmentIndicatorCandidates({ departmentFile, year }).then(setCandidates, (e: unknown) => setError(errorMessage(e)));
  }, [departmentFile, year]);
  const offered = (candidates ?? []).filter((c) => !present.some((i) => sameIndicator(i, c.indicator)));
  const toggle = (n: number) => setChosen(chosen.includes(n) ? chosen.filter((c) => c !== n) : [...chosen, n]);
  return (
    <Modal label="从项目核心指标中选取" wide onClose={onClose}>
      <h2>从项目核心指标中选取</h2>
      {error && <p className="error">{error}</p>}
      {candidates && offered.length === 0 && <p className="muted">本年度项目的数量、质量、满意度指标都已在表中。</p>}
      <div className="picker-list">
        <table className="evaluation-table">
          <thead>
            <tr>
              <th />
              <th>项目</th>
              <th>二级指标</th>
              <th>三级指标</th>
              <th>指标值</th>
            </tr>
          </thead>
          <tbody>
            {offered.map((c, n) => (
              <tr key={n} onClick={() => toggle(n)}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`选取「${c.indicator.name}」（${c.project}）`}
                    checked={chosen.includes(n)}
                    onChange={() => toggle(n)}
                    onClick={(e) => e.stopPropagation()}
                  />
                </td>
                <td>{c.project}</td>
                <td>{c.indicator.level2}</td>
                <td>{c.indicator.name}</td>
                <td>{c.indicator.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal-buttons">
        <button type="button" className="primary" disabled={chosen.length === 0} onClick={() => onAdd(chosen.map((n) => offered[n]!.indicator))}>
          添加所选（{chosen.length}）
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </Modal>
  );
}

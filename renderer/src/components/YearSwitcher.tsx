import { useProjects } from '../stores/projects';

export function YearSwitcher() {
  const year = useProjects((s) => s.year);
  const years = useProjects((s) => s.years);
  const setYear = useProjects((s) => s.setYear);
  const choices = [...new Set([...years, year - 1, year, year + 1])].sort((a, b) => a - b);
  return (
    <label className="year">
      年度
      <button type="button" aria-label="上一年度" onClick={() => void setYear(year - 1)}>
        ◀
      </button>
      <select aria-label="年度" value={year} onChange={(e) => void setYear(Number(e.target.value))}>
        {choices.map((y) => (
          <option key={y} value={y}>
            {y} 年度{years.includes(y) ? '' : '（无项目）'}
          </option>
        ))}
      </select>
      <button type="button" aria-label="下一年度" onClick={() => void setYear(year + 1)}>
        ▶
      </button>
    </label>
  );
}

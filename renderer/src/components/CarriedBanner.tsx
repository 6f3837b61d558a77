import type { CarriedPart } from '../../../shared/carry';
import type { Project } from '../../../shared/project';
import { useEditor } from '../stores/editor';

const PARTS: Record<CarriedPart, string> = { amounts: '金额', goal: '年度总体绩效目标', indicators: '绩效指标' };

/** A carried project's parts stay marked (dashed outline) until the clerk confirms each. */
export function CarriedBanner({ project }: { project: Project }) {
  const confirmCarried = useEditor((s) => s.confirmCarried);
  if (project.pendingReview.length === 0) return null;
  return (
    <div className="carry-banner" role="status">
      本项目由 {project.carriedFrom} 年度结转，以下内容请核对后确认：
      {project.pendingReview.map((part) => (
        <button key={part} type="button" onClick={() => void confirmCarried(part)}>
          {PARTS[part]}已核对
        </button>
      ))}
    </div>
  );
}

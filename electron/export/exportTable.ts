import type { LayoutId } from '../../shared/layouts';
import type { RuleProfile } from '../../shared/profiles/profile';
import type { ProjectContent } from '../../shared/project';

/** One project's 绩效目标表 as it goes into a file. */
export interface ExportTable {
  layout: LayoutId;
  year: number;
  content: ProjectContent;
  /** The department's rules: the framework's level labels and order, and how unused 二级 are printed. */
  profile: RuleProfile;
  /** The table has 错误 findings: its title says 草稿. */
  draft: boolean;
}

/** A stored project as the reviewer sees it: its findings and its line in the project list. */
import { checkProject, countFindings, openFindings, type Finding, type RuleSettings } from './checker';
import type { LayoutDef } from './layouts';
import { contentOf, type Project, type ProjectSummary } from './project';

export function reviewProject(project: Project, layout: LayoutDef, settings?: RuleSettings): Finding[] {
  return openFindings(checkProject(contentOf(project), layout, project.year, settings), project.acknowledgements);
}

export function summarizeProject(project: Project, layout: LayoutDef): ProjectSummary {
  return {
    id: project.id,
    year: project.year,
    name: project.name,
    attribute: project.attribute,
    annualFunds: project.annualFunds,
    indicatorCount: project.indicators.length,
    status: project.status,
    updatedAt: project.updatedAt,
    ...countFindings(reviewProject(project, layout)),
  };
}

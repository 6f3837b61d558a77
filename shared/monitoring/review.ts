/** The checker and the lights over a stored 执行监控表, by the department's rules and thresholds. */
import { checkMonitoring } from '../checker/monitoringRules';
import type { Finding } from '../checker/types';
import { ruleSettings } from '../profiles/apply';
import { monitoringThresholds, type RuleProfile } from '../profiles/profile';
import { percentText } from '../scoring/execution';
import type { MonitoringContent } from './content';
import { toMonitoringTable } from './interchange';
import { monitoringLights, type Light, type MonitoringLights } from './lights';

export function reviewMonitoring(projectName: string, year: number, content: MonitoringContent, profile: RuleProfile): Finding[] {
  return checkMonitoring(toMonitoringTable(projectName, year, content), monitoringThresholds(profile), ruleSettings(profile));
}

export function lightsOf(projectName: string, year: number, content: MonitoringContent, profile: RuleProfile): MonitoringLights {
  return monitoringLights(toMonitoringTable(projectName, year, content), monitoringThresholds(profile));
}

/** What the project list shows of a 执行监控表: the project's light, its 执行率, its red indicators and its 错误. */
export interface MonitoringSummary {
  light: Light;
  month: number;
  rate: string | null;
  red: number;
  errors: number;
}

export function monitoringSummary(project: { name: string; year: number }, content: MonitoringContent, profile: RuleProfile): MonitoringSummary {
  const lights = lightsOf(project.name, project.year, content, profile);
  return {
    light: lights.project,
    month: content.month,
    rate: lights.rate.ok ? percentText(lights.rate.value) : null,
    red: lights.red,
    errors: reviewMonitoring(project.name, project.year, content, profile).filter((f) => f.severity === '错误').length,
  };
}

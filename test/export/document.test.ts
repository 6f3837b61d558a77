import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { LAYOUTS } from '../../shared/layouts';
import { formatWan } from '../../shared/money';
import { departmentWith } from '../helpers/departments';
import { exportCases } from './exportCases';
import { runJob } from '../helpers/jobs';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { unescapeXml } from '../helpers/xmlText';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

/** The text of each paragraph of a .docx, as Word shows it. */
async function paragraphsOf(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''));
}

describe.each(exportCases().map((c, i) => [c.layout, i] as const))('Word export, %s layout', (_layout, caseIndex) => {
  it('holds the opening, and every project’s texts and values', async () => {
    const c = exportCases()[caseIndex]!;
    const dept = departmentWith(c.name, c.layout, c.tables);
    open.push(dept.workspace);
    const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: 'docx', stacked: false });
    expect(file.fileName).toBe(`${c.name}${c.year}年项目支出绩效目标${file.draftProjects.length ? '（草稿）' : ''}.docx`);
    const paragraphs = await paragraphsOf(Buffer.from(file.base64, 'base64'));
    const text = paragraphs.join('\n');
    expect(paragraphs[0]).toBe(`${c.name}${c.year}年项目支出预算绩效目标${file.draftProjects.length ? '（草稿）' : ''}`);
    expect(paragraphs[1]).toBe(`根据《中华人民共和国预算法》和全面实施预算绩效管理的有关要求，现将${c.name}${c.year}年项目支出预算绩效目标予以公开。`);
    const layout = LAYOUTS[c.layout];
    for (const id of dept.ids) {
      const p = dept.api.getProject({ departmentFile: dept.departmentFile, id });
      for (const value of [p.name, p.department, p.implementingUnit, p.attribute, p.period, ...p.overallGoal.split('\n')])
        if (value) expect(paragraphs).toContain(value);
      if (p.annualFunds !== null) expect(paragraphs).toContain(formatWan(p.annualFunds, 2));
      for (const i of p.indicators) {
        expect(paragraphs).toContain(i.name);
        expect(paragraphs).toContain(i.value);
        expect(paragraphs).toContain(layout.level2Label(i.level2, DEFAULT_PROFILE.framework));
      }
    }
    expect(text).toContain(layout.title(c.year));
  });
});

describe('Word tables', () => {
  it('start every page of an indicator table with its header row, and keep rows whole', async () => {
    const c = exportCases()[0]!;
    const dept = departmentWith(c.name, c.layout, c.tables);
    open.push(dept.workspace);
    const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: 'docx', stacked: false });
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const indicatorTables = tables.filter((t) => t.includes('一级指标'));
    // One header table per form; the indicator table of the 60 indicators runs over more than one page.
    expect(tables.length - indicatorTables.length).toBe(c.tables.length);
    expect(indicatorTables.length).toBeGreaterThan(c.tables.length);
    for (const t of indicatorTables) {
      const rows = [...t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    }
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });
});

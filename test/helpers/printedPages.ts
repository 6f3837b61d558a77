import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './paths';

/**
 * An export's Excel and Word files printed to PDF by LibreOffice, in `out` (emptied first) as `name-excel` and
 * `name-word` with a PNG of each page to look at: the text of each page, spaces left out.
 */
export function printedPages(out: string, name: string, files: { excel: Buffer; word: Buffer }): { excel: string[]; word: string[] } {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const written = { excel: path.join(out, `${name}-excel.xlsx`), word: path.join(out, `${name}-word.docx`) };
  fs.writeFileSync(written.excel, files.excel);
  fs.writeFileSync(written.word, files.word);
  const profile = `file://${tempDir('jixiao-soffice-')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, written.excel, written.word], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pages = (pdf: string) => {
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
    return Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/ +/g, ''),
    );
  };
  return { excel: pages(path.join(out, `${name}-excel.pdf`)), word: pages(path.join(out, `${name}-word.pdf`)) };
}

/** The internal modules of exceljs (pinned at 4.4.0) that we use. */

/** The streaming writer's worksheet, whose merge check linearMerges.ts patches, and the range it merges. */
declare module 'exceljs/lib/stream/xlsx/worksheet-writer' {
  const WorksheetWriter: { prototype: Record<string | symbol, unknown> };
  export default WorksheetWriter;
}
declare module 'exceljs/lib/doc/range' {
  const Range: new (...args: unknown[]) => { top: number; left: number; bottom: number; right: number };
  export default Range;
}

/** Its table of built-in number formats and its date helpers, read by the sheet reader. */
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: Record<string, { f: string } | undefined>;
  export default formats;
}
declare module 'exceljs/lib/utils/utils' {
  const utils: { isDateFmt(format: string | undefined): boolean; excelToDate(value: number, date1904: boolean): Date };
  export default utils;
}

/** The one internal module of exceljs (pinned at 4.4.0) that linearMerges.ts patches. */
declare module 'exceljs/lib/doc/worksheet' {
  const Worksheet: { prototype: Record<string | symbol, unknown> };
  export default Worksheet;
}

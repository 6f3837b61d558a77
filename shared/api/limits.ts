/** Sizes the renderer, the transports and the services agree on. */

/** Bytes of a file to import (the importer's LIMITS.fileBytes): real forms are well under 1 MB, a province's stacked workbook a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The size of the benchmark's province. */
export const PROVINCE = { seed: 1, tables: 2_000, indicators: 30 };

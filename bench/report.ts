/** How a benchmark task reports: one JSON line with its figures and its peak memory. */
import { performance } from 'node:perf_hooks';

export function report(result: Record<string, number>): void {
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** From October on, budgets are being prepared for next year, so that is the year a clerk wants. */
export function defaultFiscalYear(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() >= 9 ? year + 1 : year;
}

/** Working days as a reader writes them: 5, 2.5, 0.25. */
export function formatDays(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(2).replace(/\.?0+$/, '');
}

/** Figures as a reader scans them: thousands separated, three decimals below 10, one above, tiny rates kept visible. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US')
  if (Math.abs(value) < 0.01) return String(Number(value.toPrecision(3)))
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 3 : 1 })
}

/** How sensitive numbers are shown to anyone not entitled to the full value (`110***********1234`). */
export function maskIdNumber(value: string): string {
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

export function maskPhone(value: string): string {
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}

/**
 * How an ID number is stored for display (`**************1234`). A number is region (6), birth
 * date (8), sequence (3) and a check character; the first 3 and last 4 beside the birth date
 * left about 91 candidates, so no part of the region is kept.
 */
export function maskIdNumber(value: string): string {
  return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/**
 * What a viewer sees of a stored mask (older masks carried the first 3 digits too). The last 4
 * only go to those who may reveal the number anyway: the birth date and native place shown
 * beside them leave a region and a few candidates. Anyone else learns only that a number is
 * on file.
 */
export function shownIdNumber(masked: string | null, mayReveal: boolean): string | null {
  if (!masked) return null;
  return mayReveal ? maskIdNumber(masked) : '*'.repeat(masked.length);
}

export function maskPhone(value: string): string {
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}

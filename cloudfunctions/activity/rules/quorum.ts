/**
 * Quorum and votes of a branch's meetings (docs/domain.md §2.2). Only members with voting
 * rights count (docs/domain.md §1.4).
 */

/** 支部党员大会 is valid when more than half of those with voting rights are present (支部条例). */
export function generalMeetingValid(votingDue: number, votingPresent: number): boolean {
  return votingDue > 0 && votingPresent * 2 > votingDue;
}

/**
 * A motion of the 支部党员大会 passes when its yes-votes exceed half of those DUE with voting
 * rights, not of those present (支部条例; docs/domain.md §2.2).
 */
export function motionPasses(yes: number, votingDue: number): boolean {
  return votingDue > 0 && yes * 2 > votingDue;
}

/** 支委会 is valid when more than half of its members are present (支部条例 第十二条). */
export function committeeMeetingValid(committeeSize: number, present: number): boolean {
  return committeeSize > 0 && present * 2 > committeeSize;
}

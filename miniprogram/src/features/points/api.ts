import type { RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

export type Period = 'month' | 'year';

export const useMyPoints = () => useCloud('points', 'me', {});

export const useRules = () => useCloud('points', 'rules', {});

export const useBranchSummary = (orgId: string, period: Period) =>
  useCloud('points', 'branchSummary', { orgId, period });

/** A ledger entry with whose it is, for the admin about to correct it. */
export const useEntryToCorrect = (entryId: string) => useCloud('points', 'entry', { entryId });

export const useMemberRanking = (orgId: string, period: Period) =>
  useCloud('points', 'ranking', { scope: 'members', orgId, period });

export const pointsApi = {
  history: (cursor: string | undefined) => call('points', 'history', cursor ? { cursor } : {}),
  memberHistory: (memberId: string, cursor: string | undefined) =>
    call('points', 'memberHistory', cursor ? { memberId, cursor } : { memberId }),
  /** A page of the branch ranking; large organisations' pages come from a stored snapshot. */
  branchRanking: async (orgId: string, period: Period, cursor: string | undefined) => {
    const ranking = await call('points', 'ranking', {
      scope: 'branch',
      orgId,
      period,
      ...(cursor ? { cursor } : {}),
    });
    if (ranking.scope !== 'branch') throw new Error('ranking answered another scope');
    return ranking;
  },
  setVisibility: (visible: boolean) => call('points', 'setVisibility', { visible }),
  adjust: (data: RequestOf<'points', 'adjust'>) => call('points', 'adjust', data),
  reverse: (data: RequestOf<'points', 'reverse'>) => call('points', 'reverse', data),
  exportYear: (orgId: string, year: number) => call('points', 'exportYear', { orgId, year }),
};

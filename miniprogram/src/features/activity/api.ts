import type { RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

export const activityApi = {
  plan: (data: RequestOf<'activity', 'plan'>) => call('activity', 'plan', data),
  copyLastMonth: (month: string) => call('activity', 'copyLastMonth', { month }),
  signInCode: (activityId: string) => call('activity', 'signInCode', { activityId }),
  signIn: (activityId: string, code: string) => call('activity', 'signIn', { activityId, code }),
  mark: (data: RequestOf<'activity', 'mark'>) => call('activity', 'mark', data),
  saveRecord: (data: RequestOf<'activity', 'saveRecord'>) => call('activity', 'saveRecord', data),
  uploadTicket: (activityId: string, ext: string) =>
    call('activity', 'uploadTicket', { activityId, ext }),
  addMedia: (data: RequestOf<'activity', 'addMedia'>) => call('activity', 'addMedia', data),
  confirm: (activityId: string) => call('activity', 'confirm', { activityId }),
  amend: (data: RequestOf<'activity', 'amend'>) => call('activity', 'amend', data),
  studied: (activityId: string) => call('activity', 'studied', { activityId }),
};

export const useActivity = (activityId: string) => useCloud('activity', 'get', { activityId });
export const useBranchMonth = () => useCloud('activity', 'month', {});
export const useMyActivities = () => useCloud('activity', 'mine', {});
/** One page of the matrix: 50 branches, each with its twelve months. */
export const useCompliance = (orgId: string, year: number, cursor: string | undefined) =>
  useCloud('activity', 'compliance', { orgId, year, ...(cursor ? { cursor } : {}) });

import { useCloud } from '../../lib/use-cloud';

/** The caller's own member record, roles and organisation, refreshed whenever the page shows. */
export const useMe = () => useCloud('member', 'me', {});

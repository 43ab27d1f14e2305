import type { MemberStatus } from '../../../../typings';

export const statusLabel = (status: MemberStatus) => `${status}党员`;

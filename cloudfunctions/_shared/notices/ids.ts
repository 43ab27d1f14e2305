/**
 * A notice's id is its sender's plus the request that sent it (the client's request id, or the
 * id of what it announces), so a retried send finds the first notice.
 */
export const noticeIdOf = (senderId: string, requestId: string) => `${senderId}-${requestId}`;

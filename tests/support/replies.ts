/** Reading function replies in tests: the data of a success, or the code of a refusal. */
type AnyReply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export function ok<T>(reply: AnyReply<T>): T {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}

export function code(reply: { ok: boolean; error?: { code: string } }): string | undefined {
  return reply.ok ? 'OK' : reply.error?.code;
}

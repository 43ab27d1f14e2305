import type { Ledger } from './ledger';
import { templateDataProblem } from './template-data';
import { nonEmptyString, ok, wxError, type WxReply } from './wx-reply';

const STATES = ['developer', 'trial', 'formal'];

/**
 * subscribeMessage.send: a well-formed message to a user with quota left for the template uses
 * one send and lands in the outbox; without quota WeChat refuses it with 43101.
 */
export function sendSubscribeMessage(
  params: Record<string, unknown>,
  ledger: Ledger,
  now: Date,
): WxReply {
  const { touser, template_id: templateId, page, data, miniprogram_state: state, lang } = params;
  if (!nonEmptyString(touser)) return wxError(40003, 'invalid openid');
  if (!nonEmptyString(templateId)) return wxError(40037, 'invalid template_id');
  if (page !== undefined && typeof page !== 'string')
    return wxError(47003, 'argument invalid! page');
  if (state !== undefined && !STATES.includes(state as string))
    return wxError(47003, 'argument invalid! miniprogram_state must be developer, trial or formal');
  const problem = templateDataProblem(data);
  if (problem !== undefined) return wxError(47003, problem);
  if (!ledger.takeQuota(touser, templateId)) return wxError(43101, 'user refuse to accept the msg');
  const { msgid } = ledger.record({
    touser,
    templateId,
    page,
    data: normalised(data as Record<string, { value: string | number }>),
    miniprogramState: state as string | undefined,
    lang: typeof lang === 'string' ? lang : undefined,
    sentAt: now.toISOString(),
  });
  return ok({ msgid });
}

// Values may be sent as numbers; the outbox shows what the user would read, as text.
function normalised(
  data: Record<string, { value: string | number }>,
): Record<string, { value: string }> {
  return Object.fromEntries(
    Object.entries(data).map(([key, { value }]) => [key, { value: String(value) }]),
  );
}

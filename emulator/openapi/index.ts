import { AdminError, RawReply, type CloudPart } from '../types';
import { openLedger, type SentMessage } from './ledger';
import { localRoutes } from './local-routes';
import { decodeOpenApiParams, encodeJsonResp } from './proto';
import { checkText, type WordLists } from './sec-check';
import { sendSubscribeMessage } from './subscribe-message';
import { loadWordList } from './words';
import { wxError, type WxReply } from './wx-reply';

export type { SentMessage } from './ledger';

export interface OpenApiOptions {
  /** Where the quota ledger and the outbox are kept. */
  dir: string;
  /** Current time in ms, stamped on sent messages. */
  now?: () => number;
}

export interface OpenApi extends CloudPart {
  outbox(): SentMessage[];
  clearOutbox(): void;
  quota(openid: string, templateId: string): number;
  setQuota(openid: string, templateId: string, count: number): void;
  close(): void;
}

type Api = (params: Record<string, unknown>) => WxReply;

/**
 * `cloud.openapi.*` of the local cloud (docs/cloudbase-protocol.md §5): subscribe messages land
 * in an inspectable outbox, text checks use local word lists. Any other api is refused by name.
 */
export function createOpenApi({ dir, now = Date.now }: OpenApiOptions): OpenApi {
  const ledger = openLedger(dir);
  const words: WordLists = {
    risky: loadWordList('risky-words.txt'),
    review: loadWordList('review-words.txt'),
  };
  const apis: Record<string, Api> = {
    'subscribeMessage.send': (params) => sendSubscribeMessage(params, ledger, new Date(now())),
    'security.msgSecCheck': (params) => checkText(params, words),
  };

  return {
    actions: {
      async 'wx.openApi'(body) {
        const { apiName, requestData } = body;
        if (typeof apiName !== 'string' || !Buffer.isBuffer(requestData))
          throw new AdminError('INVALID_PARAM', 'wx.openApi 须带 apiName 和 requestData');
        return new RawReply(
          'application/octet-stream',
          encodeJsonResp(answer(apiName, requestData)),
        );
      },
    },

    routes: localRoutes(ledger),

    outbox: () => ledger.outbox(),
    clearOutbox() {
      ledger.clearOutbox();
    },
    quota: (openid, templateId) => ledger.quota(openid, templateId),
    setQuota: (openid, templateId, count) => ledger.setQuota(openid, templateId, count),
    close() {
      ledger.close();
    },
  };

  function answer(apiName: string, requestData: Buffer): WxReply {
    const api = apis[apiName];
    // -604101 is WeChat cloud's "this function may not call that api"; the SDK shows the errmsg
    // as `openapi.<name>:fail <errmsg>`.
    if (!api) return wxError(-604101, `本地云不支持 openapi.${apiName}`);
    let params: Record<string, unknown>;
    try {
      params = decodeOpenApiParams(requestData);
    } catch {
      return wxError(47001, 'data format error');
    }
    return api(params);
  }
}

import { action } from '../../_shared/router';
import { deliver } from '../deliver';

/** A member writes to their branch's 书记 or to the 党委 above, named or anonymous. */
export const send = action('mailbox', 'send', {
  handler: ({ requestId, to, text, anonymous, category, photos }, caller) =>
    deliver(
      {
        kind: 'letter',
        to,
        requestId,
        text,
        place: null,
        anonymous,
        category,
        photos: photos ?? [],
      },
      caller,
    ),
});

/** 随手拍: photos, a few words and a place, to the branch's 纪检委员 (or its 书记). */
export const snap = action('mailbox', 'snap', {
  handler: ({ requestId, text, place, anonymous, photos }, caller) =>
    deliver(
      { kind: 'snap', to: 'branch', requestId, text, place: place || null, anonymous, photos },
      caller,
    ),
});

import type { LetterDoc } from '../../typings/documents';
import type { InboxLetter, LetterView, MineLetter } from '../../typings/functions/mailbox';
import { tempUrls } from '../_shared/storage';
import { isOverdue } from './rules/handling';

/** Photo links last ten minutes: long enough to look, too short to pass around. */
export const PHOTO_LINK_SECONDS = 600;

const preview = (text: string) => (text.split('\n')[0] ?? '').slice(0, 40);

/** The whole letter, for a reader the caller has already been checked to be. */
export async function toView(letter: LetterDoc, today: string): Promise<LetterView> {
  const urls = await tempUrls(
    [...letter.photos, ...letter.replies.flatMap((r) => r.photos)],
    PHOTO_LINK_SECONDS,
  );
  const links = (ids: string[]) => ids.flatMap((id) => urls.get(id) ?? []);
  return {
    _id: letter._id,
    kind: letter.kind,
    to: letter.to,
    category: letter.category,
    confidence: letter.confidence,
    status: letter.status,
    anonymous: letter.anonymous,
    writerName: letter.anonymous ? null : letter.writerName,
    text: letter.text,
    place: letter.place,
    photos: links(letter.photos),
    day: letter.day,
    deadline: letter.deadline,
    overdue: isOverdue(letter, today),
    replies: letter.replies.map(({ from, name, text, photos, day }) => ({
      from,
      name,
      text,
      photos: links(photos),
      day,
    })),
    rating: letter.rating,
    reopened: letter.reopened,
  };
}

export const toInboxItem = (letter: LetterDoc, today: string): InboxLetter => ({
  _id: letter._id,
  kind: letter.kind,
  category: letter.category,
  status: letter.status,
  anonymous: letter.anonymous,
  writerName: letter.anonymous ? null : letter.writerName,
  preview: preview(letter.text),
  day: letter.day,
  deadline: letter.deadline,
  overdue: isOverdue(letter, today),
});

export const toMineItem = (letter: LetterDoc): MineLetter => ({
  _id: letter._id,
  kind: letter.kind,
  category: letter.category,
  status: letter.status,
  preview: preview(letter.text),
  day: letter.day,
});

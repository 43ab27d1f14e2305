import type { ActivityDoc, MemberDoc } from '../../typings/documents';
import type { ActivityView } from '../../typings/functions/activity';
import { placeLinks } from '../_shared/files';
import { attendanceOf } from './repo';
import { toView } from './views';

/** The view of an activity for `viewer`: its attendance and links to its own media. */
export async function viewOf(doc: ActivityDoc, viewer: MemberDoc): Promise<ActivityView> {
  const [marked, link] = await Promise.all([
    attendanceOf(doc._id),
    placeLinks(
      'activity',
      doc.media.map((m) => ({ placeId: doc._id, fileID: m.fileID })),
    ),
  ]);
  return toView(doc, marked, viewer, (fileID) => link({ placeId: doc._id, fileID }));
}

import { ACTIVITY_LIMITS } from '../../../typings/documents/activity';
import { requireMember } from '../../_shared/caller';
import { _ } from '../../_shared/cloud';
import { AppError, invalidArgument } from '../../_shared/errors';
import { attachFiles, issueUploadPath } from '../../_shared/files';
import { action } from '../../_shared/router';
import { requireKeeps } from '../access';
import { activities, loadActivity } from '../repo';

const locked = () => new AppError('CONFLICT', '记录已确认锁定，不能再添加照片或视频');

/** Where the keeper of a record uploads one photo or video: the server chooses the path. */
export const uploadTicket = action('activity', 'uploadTicket', {
  async handler({ activityId, ext }, caller) {
    const member = requireMember(caller);
    const doc = await loadActivity(activityId);
    requireKeeps(member, doc);
    if (doc.status === 'confirmed') throw locked();
    return { cloudPath: await issueUploadPath('activity', member._id, ext) };
  },
});

/**
 * Records an uploaded file with the activity (docs/domain.md §2.10: at most 30 photos and 3
 * videos). The file must be the caller's upload for this activity or already its own, and the
 * write adds it only where it is not yet listed, so a retry records it once.
 */
export const addMedia = action('activity', 'addMedia', {
  async handler({ activityId, fileID, kind }, caller) {
    const member = requireMember(caller);
    const doc = await loadActivity(activityId);
    requireKeeps(member, doc);
    if (doc.status === 'confirmed') throw locked();
    const count = (k: 'photo' | 'video') => doc.media.filter((m) => m.kind === k).length;
    const listed = doc.media.some((m) => m.fileID === fileID);
    if (!listed) {
      const limit = kind === 'photo' ? ACTIVITY_LIMITS.photos : ACTIVITY_LIMITS.videos;
      if (count(kind) >= limit)
        throw invalidArgument(
          `一条记录最多 ${ACTIVITY_LIMITS.photos} 张照片、${ACTIVITY_LIMITS.videos} 段视频`,
          'kind',
        );
      await attachFiles('activity', doc._id, member._id, [fileID], {
        message: '文件须为你为本活动上传的文件，请重新上传',
        field: 'fileID',
      });
      const { stats } = await activities()
        .where({ _id: doc._id, status: _.neq('confirmed'), 'media.fileID': _.neq(fileID) })
        .update({ data: { media: _.push([{ fileID, kind }]) } });
      if (stats.updated > 0) doc.media.push({ fileID, kind });
    }
    return { photos: count('photo'), videos: count('video') };
  },
});

// The server hands out links for the cloud files readers see; a cloud:// id that is left (a
// file that no longer exists) shows only on weapp, whose Image resolves ids itself.
const showsCloudFiles = process.env.TARO_ENV === 'weapp';

/** Whether this build can display an image at `src`. */
export const displayable = (src: string | null): src is string =>
  !!src && (showsCloudFiles || /^https?:\/\//.test(src));

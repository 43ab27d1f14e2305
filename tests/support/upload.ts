/**
 * Uploads as the H5 app does (the local cloud's stand-in for wx.cloud.uploadFile): the WeChat
 * user `openid` puts `content` at `cloudPath`. Answers the `cloud://` file id.
 */
export async function uploadAs(
  url: string,
  openid: string,
  cloudPath: string,
  content: string | Uint8Array<ArrayBuffer>,
): Promise<string> {
  const form = new FormData();
  form.append('cloudPath', cloudPath);
  form.append('file', new Blob([content]), cloudPath.split('/').pop());
  const res = await fetch(`${url}/upload`, {
    method: 'POST',
    headers: { 'x-openid': openid },
    body: form,
  });
  const reply = (await res.json()) as { fileID?: string; errMsg?: string };
  if (!res.ok || !reply.fileID) throw new Error(`上传失败：${reply.errMsg ?? res.status}`);
  return reply.fileID;
}

import { cloud } from './cloud';

/** Uploads a generated file and hands back a short-lived link (private files never get a public URL). */
export async function uploadForDownload(
  cloudPath: string,
  content: Buffer,
): Promise<{ fileID: string; url: string }> {
  const { fileID } = (await cloud.uploadFile({ cloudPath, fileContent: content })) as unknown as {
    fileID: string;
  };
  const { fileList } = (await cloud.getTempFileURL({
    fileList: [{ fileID, maxAge: 600 }],
  })) as unknown as {
    fileList: { tempFileURL: string }[];
  };
  return { fileID, url: fileList[0].tempFileURL };
}

import {
  cloudPathFromUrl,
  cloudPathProblem,
  FILE_ID_PREFIX,
  fromFileId,
} from '../../emulator/storage/cloud-path';

describe('cloud paths', () => {
  it.each(['a.txt', 'dir/a b+ü.txt', 'letters/oUSER/1.jpg', '党建/会议.docx'])(
    'accepts %p',
    (path) => {
      expect(cloudPathProblem(path)).toBeUndefined();
    },
  );

  it.each([
    '',
    '/a',
    'a/',
    'a//b',
    '../a',
    'a/../../b',
    'a/./b',
    'a?b',
    'a#b',
    'a%20b',
    'a\\b',
    'a\u0001b',
  ])('refuses %p', (path) => {
    expect(cloudPathProblem(path)).toEqual(expect.any(String));
  });

  it('reads the cloudPath of a local fileID only', () => {
    expect(fromFileId(`${FILE_ID_PREFIX}dir/a.txt`)).toBe('dir/a.txt');
    expect(fromFileId('cloud://other.6f74-other-1/dir/a.txt')).toBeUndefined();
    expect(fromFileId(`${FILE_ID_PREFIX}../a.txt`)).toBeUndefined();
  });

  it('percent-decodes a request path and refuses one that decodes outside the folder', () => {
    expect(cloudPathFromUrl('/files/dir/a%20b+%C3%BC.txt', '/files/')).toBe('dir/a b+ü.txt');
    expect(cloudPathFromUrl('/files/%2e%2e/secret', '/files/')).toBeUndefined();
    expect(cloudPathFromUrl('/files/a%2F..%2F..%2Fx', '/files/')).toBeUndefined();
    expect(cloudPathFromUrl('/files/%E0%A4%A', '/files/')).toBeUndefined();
  });
});

import { bodyText, hasContent, sanitizeBody } from '../../cloudfunctions/_shared/rich-body';

// The article body is stored as HTML that both builds render (weapp <rich-text>, H5 DOM):
// docs/wechat.md §3.1 (content security) requires user text to be safe before it is stored and
// shown.
describe('sanitizeBody', () => {
  it.each([
    [
      'keeps headings, paragraphs and emphasis',
      '<h3>一、学习要点</h3><p><strong>坚持</strong>党的领导</p>',
      '<h3>一、学习要点</h3><p><strong>坚持</strong>党的领导</p>',
    ],
    ['removes scripts with their content', '<p>正文</p><script>alert(1)</script>', '<p>正文</p>'],
    [
      'removes styles and event handlers',
      '<p style="color:red" onclick="x()">正文</p>',
      '<p>正文</p>',
    ],
    [
      'keeps a cloud-storage image',
      '<img src="cloud://env-1/news/a.jpg" alt="合影">',
      '<img src="cloud://env-1/news/a.jpg" alt="合影">',
    ],
    [
      'keeps an https video with controls',
      '<video src="https://v.example.cn/a.mp4" controls></video>',
      '<video src="https://v.example.cn/a.mp4" controls></video>',
    ],
    ['drops a javascript: image source', '<img src="javascript:alert(1)">', '<img>'],
    ['drops a data: image source', '<img src="data:image/png;base64,AAAA">', '<img>'],
    [
      'drops a plain-http video source',
      '<video src="http://v.example.cn/a.mp4"></video>',
      '<video></video>',
    ],
    [
      'drops a malformed size',
      '<img src="https://a.cn/x.png" width="100;position:fixed">',
      '<img src="https://a.cn/x.png">',
    ],
    ['unwraps links (rich-text cannot follow them)', '<a href="https://x.cn">链接</a>', '链接'],
    [
      'removes iframes with their content',
      '<iframe src="https://x.cn">x</iframe><p>a</p>',
      '<p>a</p>',
    ],
  ])('%s', (_rule, input, expected) => {
    expect(sanitizeBody(input)).toBe(expected);
  });
});

describe('bodyText and hasContent', () => {
  it('reads the words of a body line by line, for content security', () => {
    expect(bodyText('<h3>标题</h3><p>第一段&nbsp;内容</p><p>第二段</p>')).toBe(
      '标题\n第一段 内容\n第二段',
    );
  });

  it.each([
    ['words', '<p>正文</p>', true],
    ['an image only', '<img src="cloud://env/a.jpg">', true],
    ['empty paragraphs', '<p> </p><p></p>', false],
    ['an image whose source was dropped', '<img>', false],
  ])('a body of %s has content: %s', (_what, html, expected) => {
    expect(hasContent(html)).toBe(expected);
  });
});

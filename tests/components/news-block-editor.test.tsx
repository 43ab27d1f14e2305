import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import {
  blocksToHtml,
  firstImage,
  htmlToBlocks,
  openingWords,
  type Block,
} from '../../miniprogram/src/features/news/blocks';
import { BlockEditor } from '../../miniprogram/src/features/news/components/BlockEditor';

const strip = (blocks: Block[]) => blocks.map(({ key: _key, ...rest }) => rest);

describe('the article body the block editor produces', () => {
  it('writes headings, paragraphs and images as the tags the server keeps, text escaped', () => {
    const html = blocksToHtml([
      { key: 'a', kind: 'h2', text: '一、活动概况' },
      { key: 'b', kind: 'p', text: '第一行 <script>alert(1)</script>\n第二行 & "引号"' },
      { key: 'c', kind: 'p', text: '   ' },
      { key: 'd', kind: 'img', src: 'cloud://env/news/a.png', preview: 'blob:x' },
    ]);
    expect(html).toBe(
      '<h2>一、活动概况</h2>' +
        '<p>第一行 &lt;script&gt;alert(1)&lt;/script&gt;<br>第二行 &amp; &quot;引号&quot;</p>' +
        '<figure><img src="cloud://env/news/a.png"></figure>',
    );
  });

  it('reads a stored body back into the same blocks', () => {
    const blocks: Block[] = [
      { key: 'a', kind: 'h2', text: '标题 <一>' },
      { key: 'b', kind: 'p', text: '两行\n文字 & 符号' },
      {
        key: 'c',
        kind: 'img',
        src: 'https://example.com/a.jpg',
        preview: 'https://example.com/a.jpg',
      },
    ];
    expect(strip(htmlToBlocks(blocksToHtml(blocks)))).toEqual(strip(blocks));
  });

  it('turns other headings, lists and quotes of a stored body into editor blocks', () => {
    const blocks = htmlToBlocks(
      '<h3>小节</h3><ul><li>要点一</li></ul><blockquote>引文</blockquote><p><img src="cloud://x/y.png"></p>',
    );
    expect(strip(blocks)).toEqual([
      { kind: 'h2', text: '小节' },
      { kind: 'p', text: '要点一' },
      { kind: 'p', text: '引文' },
      { kind: 'img', src: 'cloud://x/y.png', preview: 'cloud://x/y.png' },
    ]);
  });

  it('takes the cover from the first image and a summary from the opening words', () => {
    const blocks: Block[] = [
      { key: 'a', kind: 'p', text: '甲'.repeat(100) },
      { key: 'b', kind: 'img', src: 'cloud://x/1.png', preview: '' },
      { key: 'c', kind: 'img', src: 'cloud://x/2.png', preview: '' },
    ];
    expect(firstImage(blocks)).toBe('cloud://x/1.png');
    expect(firstImage([])).toBeNull();
    expect(openingWords(blocks)).toHaveLength(80);
    expect(openingWords(blocks).endsWith('…')).toBe(true);
  });
});

function Harness({
  addImage,
  onHtml,
}: {
  addImage: () => Promise<{ src: string; preview: string } | undefined>;
  onHtml: (html: string) => void;
}) {
  const [blocks, setBlocks] = useState<Block[]>([]);
  onHtml(blocksToHtml(blocks));
  return <BlockEditor blocks={blocks} onChange={setBlocks} addImage={addImage} />;
}

describe('BlockEditor', () => {
  it('adds blocks, moves and removes them, and appends an uploaded image', async () => {
    let html = '';
    const addImage = jest.fn(async () => ({ src: 'cloud://env/news/p.png', preview: 'blob:p' }));
    render(<Harness addImage={addImage} onHtml={(h) => (html = h)} />);

    fireEvent.click(screen.getByTestId('add-paragraph'));
    fireEvent.click(screen.getByTestId('add-heading'));
    expect(screen.getByTestId('block-0')).toBeTruthy();
    expect(screen.getByTestId('block-1')).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByTestId('add-image'));
    });
    expect(addImage).toHaveBeenCalledTimes(1);
    expect(html).toBe('<figure><img src="cloud://env/news/p.png"></figure>');

    // Removing the first (empty) paragraph leaves the heading and the image.
    fireEvent.click(screen.getAllByText('删除')[0]!);
    expect(screen.queryByTestId('block-2')).toBeNull();
    expect(screen.getByTestId('block-1').querySelector('.block-editor__image')).toBeTruthy();
    fireEvent.click(screen.getAllByText('下移')[0]!);
    expect(screen.getByTestId('block-0').querySelector('.block-editor__image')).toBeTruthy();
    expect(screen.getByTestId('block-1').querySelector('.block-editor__image')).toBeNull();
  });

  it('shows why an image could not be uploaded', async () => {
    const addImage = jest.fn(async () => {
      throw new Error('offline');
    });
    render(<Harness addImage={addImage} onHtml={() => undefined} />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('add-image'));
    });
    expect(screen.getByRole('alert').textContent).toBe('网络异常，请稍后重试');
  });
});

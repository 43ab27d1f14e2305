import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { qrBlocks } from '../../miniprogram/src/features/activity/qr-blocks';

const PAYLOADS = [
  'djsignin:5f0c2b7e9a1d4c3b8e6f7a2d1c0b9e8f:042917',
  'djsignin:m-office-secretary-plan-2026-12-theme-day:000000',
  'djsignin:a:999999',
];

/** Paints the blocks at `scale` pixels a module, inside a 4-module quiet zone, as RGBA. */
function paint(text: string, scale = 6) {
  const { size, blocks } = qrBlocks(text);
  const side = (size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const b of blocks) {
    for (let y = (b.y + 4) * scale; y < (b.y + 4 + b.height) * scale; y++) {
      for (let x = (b.x + 4) * scale; x < (b.x + 4 + b.width) * scale; x++) {
        pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
      }
    }
  }
  return { pixels, side };
}

describe('the host’s QR code (docs/domain.md §2.9)', () => {
  it.each(PAYLOADS)('covers exactly the dark modules of %s, each once', (text) => {
    const { size, blocks } = qrBlocks(text);
    const reference = qrcode(0, 'M');
    reference.addData(text, 'Byte');
    reference.make();
    const covered = new Array<number>(size * size).fill(0);
    for (const b of blocks)
      for (let y = b.y; y < b.y + b.height; y++)
        for (let x = b.x; x < b.x + b.width; x++) covered[y * size + x]++;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++)
        expect([y, x, covered[y * size + x]]).toEqual([y, x, reference.isDark(y, x) ? 1 : 0]);
  });

  it.each(PAYLOADS)('scans back to %s', (text) => {
    const { pixels, side } = paint(text);
    expect(jsQR(pixels, side, side)?.data).toBe(text);
  });

  it.each(PAYLOADS)('merges every run with the same run in the row below (%s)', (text) => {
    const { blocks } = qrBlocks(text);
    const stacked = blocks.filter((upper) =>
      blocks.some(
        (lower) =>
          lower.y === upper.y + upper.height && lower.x === upper.x && lower.width === upper.width,
      ),
    );
    expect(stacked).toEqual([]);
  });
});

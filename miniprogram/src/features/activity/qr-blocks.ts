import qrcode from 'qrcode-generator';

/** A dark rectangle of the code, in modules from the top-left of the symbol. */
export interface QrBlock {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface QrPicture {
  /** Modules a side, without the quiet zone. */
  size: number;
  blocks: QrBlock[];
}

/**
 * The QR code of `text` as few dark rectangles: each row's runs of dark modules, a run merged
 * with the same run in the rows above. Drawn as Views, so it looks the same on H5 and weapp
 * with no canvas; a few hundred Views rather than a thousand modules. Level M survives a
 * phone screen's glare.
 */
export function qrBlocks(text: string): QrPicture {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const blocks: QrBlock[] = [];
  let above = new Map<string, QrBlock>();
  for (let y = 0; y < size; y++) {
    const here = new Map<string, QrBlock>();
    for (let x = 0; x < size; ) {
      if (!qr.isDark(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && qr.isDark(y, x)) x++;
      const key = `${start}:${x - start}`;
      const open = above.get(key);
      if (open) {
        open.height++;
        here.set(key, open);
      } else {
        const block = { x: start, y, width: x - start, height: 1 };
        blocks.push(block);
        here.set(key, block);
      }
    }
    above = here;
  }
  return { size, blocks };
}

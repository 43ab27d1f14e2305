import jpeg from 'jpeg-js';

/**
 * A small JPEG carrying `secret` in the places a phone puts who, when and where: an EXIF APP1
 * segment (camera owner, GPS), an XMP APP1 packet and a comment.
 */
export function taintedJpeg(secret: string): Uint8Array<ArrayBuffer> {
  const width = 16;
  const height = 16;
  const pixels = Buffer.alloc(width * height * 4, 0x80);
  const plain = jpeg.encode({ data: pixels, width, height }, 90).data;
  const segment = (marker: number, body: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  const exif = segment(
    0xe1,
    Buffer.from(`Exif\0\0Artist=${secret};GPSLatitude=39.9042N`, 'latin1'),
  );
  const xmp = segment(
    0xe1,
    Buffer.from(
      `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>${secret}</dc:creator></x:xmpmeta>`,
    ),
  );
  const comment = segment(0xfe, Buffer.from(`owner ${secret}`));
  const out = Buffer.concat([plain.subarray(0, 2), exif, xmp, comment, plain.subarray(2)]);
  return new Uint8Array(out);
}

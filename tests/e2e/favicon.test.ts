import { startTestCloud, type TestCloud } from '../support/local-cloud';

let t: TestCloud;

beforeAll(async () => (t = await startTestCloud({ h5: true })));
afterAll(() => t.close());

it('serves the H5 build’s /favicon.ico, which every browser asks for', async () => {
  const res = await fetch(`${t.url}/favicon.ico`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/x-icon');
  const bytes = Buffer.from(await res.arrayBuffer());
  // An icon directory (reserved 0, type 1) holding one image.
  expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
});

// The host's sign-in screen on the weapp build: the QR code is drawn from the payload the
// function answers (docs/domain.md §2.9), with no canvas. wx.cloud answers from the fixture.
import type { CallEvent } from '../../typings';
import { activitySchemas } from '../../typings/functions/activity';
import { qrBlocks } from '../../miniprogram/src/features/activity/qr-blocks';
import { startWeappApp, waitForText } from '../support/taro-weapp';

const answer = {
  code: '042917',
  expiresAt: '2026-12-10T06:40:30.000Z',
  qr: 'djsignin:act-org-b-office-202612-4:042917',
};

describe('the host’s sign-in screen on the weapp build', () => {
  const callFunction = jest.fn(async ({ data }: { name: string; data: CallEvent }) => {
    const parsed = activitySchemas.signInCode.safeParse(data.data);
    if (data.action !== 'signInCode' || !parsed.success)
      return { result: { ok: false, error: { code: 'NOT_FOUND', message: data.action } } };
    return { result: { ok: true, data: answer } };
  });

  it('shows the code and draws its QR code block by block', async () => {
    const mountPage = await startWeappApp({ cloud: { init: jest.fn(), callFunction } });
    const page = mountPage('packages/activity/sign-in/index', { id: 'act-org-b-office-202612-4' });
    await waitForText(page.dom!, '042917');
    // Back from the drawn percentages to modules: exactly the symbol's blocks, in the quiet zone.
    const { size, blocks } = qrBlocks(answer.qr);
    const side = size + 8;
    const modules = (percent: string) => Math.round((parseFloat(percent) * side) / 100);
    const drawn = [...page.dom!.querySelectorAll('.main--activity-qr__block')].map((el) => {
      const { left, top, width, height } = (el as HTMLElement).style;
      return {
        x: modules(left) - 4,
        y: modules(top) - 4,
        width: modules(width),
        height: modules(height),
      };
    });
    expect(drawn).toEqual(blocks);
  });
});

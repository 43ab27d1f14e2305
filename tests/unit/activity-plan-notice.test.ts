import { planNoticeText } from '../../cloudfunctions/activity/plan-notice-text';

const plan = {
  type: '主题党日' as const,
  topic: '学习贯彻党的二十届四中全会精神',
  startsAt: new Date('2026-12-18T06:30:00Z'),
  endsAt: new Date('2026-12-18T08:00:00Z'),
  place: '三楼党员活动室',
  hostName: '王书记',
  materials: '',
};

describe('the notice of a plan (docs/domain.md §2.11), on China’s clock (§10.1)', () => {
  it.each([
    ['an afternoon meeting', {}, '时间：2026-12-18 14:30 至 16:00'],
    [
      'one that ends on another China day',
      { endsAt: new Date('2026-12-18T16:30:00Z') },
      '时间：2026-12-18 14:30 至 2026-12-19 00:30',
    ],
    [
      'one starting after midnight in China (still the 18th in UTC)',
      {
        startsAt: new Date('2026-12-18T16:30:00Z'),
        endsAt: new Date('2026-12-18T17:00:00Z'),
      },
      '时间：2026-12-19 00:30 至 01:00',
    ],
  ])('%s', (_name, over, line) => {
    expect(planNoticeText({ ...plan, ...over }).body.split('\n')).toContain(line);
  });

  it('names the type, topic, place and 主持人, and the materials only when there are some', () => {
    const { title, body } = planNoticeText(plan);
    expect(title).toBe('主题党日：学习贯彻党的二十届四中全会精神');
    expect(body).toContain('地点：三楼党员活动室');
    expect(body).toContain('主持人：王书记');
    expect(body).not.toContain('学习材料');
    expect(planNoticeText({ ...plan, materials: '全会公报' }).body).toContain('学习材料：全会公报');
  });

  it.each([
    [34, 40, false],
    [35, 40, false],
    [36, 40, true],
  ])('a topic of %i characters gives a title of at most %i, cut: %s', (length, max, cut) => {
    const { title } = planNoticeText({ ...plan, topic: '学'.repeat(length) });
    expect([...title].length).toBeLessThanOrEqual(max);
    expect(title.endsWith('…')).toBe(cut);
  });
});

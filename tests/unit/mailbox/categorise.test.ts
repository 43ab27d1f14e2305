import { categorise } from '../../../cloudfunctions/mailbox/rules/categorise';
import { DEFAULT_RULES } from '../../../cloudfunctions/mailbox/rules/default-rules';
import { SAMPLE_LETTERS } from './sample-letters';

// docs/domain.md §8.6: letters are filed on arrival by weighted phrases, the defaults tuned on samples.
describe('categorise', () => {
  it('files at least 80% of the 40 sample letters as a secretary would', () => {
    expect(SAMPLE_LETTERS).toHaveLength(40);
    const right = SAMPLE_LETTERS.filter(
      ([text, expected]) => categorise(text, DEFAULT_RULES).category === expected,
    );
    expect(right.length / SAMPLE_LETTERS.length).toBeGreaterThanOrEqual(0.8);
  });

  const rules = [
    { category: '问题反映' as const, phrases: [{ phrase: '坏了', weight: 2 }] },
    { category: '意见建议' as const, phrases: [{ phrase: '建议', weight: 3 }] },
  ];
  it.each([
    ['灯坏了', '问题反映', 1],
    ['建议修一下，灯坏了', '意见建议', 0.6],
    ['建议建议建议，灯坏了', '意见建议', 0.6],
    ['今天天气不错', '其他', 0],
    ['', '其他', 0],
  ])('%s → %s (%s)', (text, category, confidence) => {
    expect(categorise(text, rules)).toEqual({ category, confidence });
  });

  it('gives a tie to the category listed first', () => {
    const tied = [
      { category: '困难求助' as const, phrases: [{ phrase: '难', weight: 1 }] },
      { category: '其他' as const, phrases: [{ phrase: '事', weight: 1 }] },
    ];
    expect(categorise('难事', tied)).toEqual({ category: '困难求助', confidence: 0.5 });
  });
});

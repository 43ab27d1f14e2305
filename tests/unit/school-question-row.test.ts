import { parseQuestionRow, type QuestionRow } from '../../cloudfunctions/school/rules/question-row';

// docs/domain.md §7.10: a question-bank row as people write it.
const row = (patch: Partial<QuestionRow>): QuestionRow => ({
  type: '单选',
  stem: '党的最高领导机关是？',
  options: ['党的全国代表大会和它所产生的中央委员会', '中央政治局', '', '', '', ''],
  answer: 'A',
  explanation: '党章第十条。',
  tags: '党章',
  difficulty: '易',
  examOnly: '',
  ...patch,
});

describe('a row that reads as people write it (docs/domain.md §7.10)', () => {
  it.each([
    ['single choice', row({}), { type: 'single', answer: ['A'], difficulty: 1, examOnly: false }],
    [
      'multiple choice as ABD',
      row({ type: '多选', options: ['甲', '乙', '丙', '丁', '', ''], answer: 'abd' }),
      { type: 'multiple', answer: ['A', 'B', 'D'] },
    ],
    [
      'multiple choice as D、A,B',
      row({ type: '多选题', options: ['甲', '乙', '丙', '丁', '', ''], answer: 'D、A,B' }),
      { answer: ['A', 'B', 'D'] },
    ],
    ['true/false as 对', row({ type: '判断', answer: '对' }), { type: 'judge', answer: ['T'] }],
    ['true/false as 错', row({ type: '判断', answer: '错' }), { answer: ['F'] }],
    [
      'tags split by 、 and commas',
      row({ tags: '党章、组织，纪律' }),
      { tags: ['党章', '组织', '纪律'] },
    ],
    ['difficulty as a digit', row({ difficulty: '3' }), { difficulty: 3 }],
    ['difficulty left empty', row({ difficulty: '' }), { difficulty: 2 }],
    ['exam-only', row({ examOnly: '是' }), { examOnly: true }],
  ] as const)('%s', (_case, input, expected) => {
    const verdict = parseQuestionRow(input);
    expect(verdict.ok && verdict.question).toMatchObject(expected);
  });

  it('gives a true/false question its two options whatever the option columns hold', () => {
    const verdict = parseQuestionRow(row({ type: '判断', answer: '错' }));
    expect(verdict.ok && verdict.question.options.map((o) => o.key)).toEqual(['T', 'F']);
  });
});

describe('a bad row is refused with its reason (docs/domain.md §7.10)', () => {
  it.each([
    ['unknown type', row({ type: '填空' }), '题型须为 单选、多选 或 判断'],
    ['no stem', row({ stem: '' }), '题干不能为空'],
    ['one option', row({ options: ['甲', '', '', '', '', ''] }), '至少要有 A、B 两个选项'],
    [
      'a gap in the options',
      row({ options: ['甲', '', '丙', '', '', ''] }),
      '选项须从 A 列起依次填写，中间不能空',
    ],
    ['no answer', row({ answer: '' }), '答案不能为空'],
    ['an answer without its option', row({ answer: 'C' }), '答案 C 没有对应的选项'],
    ['two answers to single choice', row({ answer: 'AB' }), '单选题只能有一个答案'],
    ['one answer to multiple choice', row({ type: '多选', answer: 'A' }), '多选题至少要有两个答案'],
    ['a letter twice', row({ type: '多选', answer: 'AAB' }), '答案中有重复的字母'],
    ['not letters', row({ answer: '1' }), '答案须为选项字母，如 A 或 ABD'],
    [
      'true/false answered with a letter',
      row({ type: '判断', answer: 'A' }),
      '判断题的答案须为 对 或 错',
    ],
    ['no tag', row({ tags: ' ' }), '标签不能为空'],
    ['difficulty out of range', row({ difficulty: '5' }), '难度须为 易、中、难（或 1、2、3）'],
    ['exam-only neither yes nor no', row({ examOnly: '可能' }), '仅用于考试须为 是 或 否'],
  ] as const)('%s', (_case, input, reason) => {
    expect(parseQuestionRow(input)).toMatchObject({ ok: false, reason });
  });
});

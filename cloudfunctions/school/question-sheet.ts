import type { Workbook } from 'exceljs';
import type { QuestionRow } from './rules/question-row';

/** The template's columns, in order; an import finds each by its header. */
export const QUESTION_COLUMNS = [
  { key: 'type', header: '题型', width: 8 },
  { key: 'stem', header: '题干', width: 40 },
  { key: 'A', header: '选项A', width: 18 },
  { key: 'B', header: '选项B', width: 18 },
  { key: 'C', header: '选项C', width: 18 },
  { key: 'D', header: '选项D', width: 18 },
  { key: 'E', header: '选项E', width: 12 },
  { key: 'F', header: '选项F', width: 12 },
  { key: 'answer', header: '答案', width: 8 },
  { key: 'explanation', header: '解析', width: 30 },
  { key: 'tags', header: '标签', width: 14 },
  { key: 'difficulty', header: '难度', width: 8 },
  { key: 'examOnly', header: '仅用于考试', width: 10 },
] as const;

export type SheetRow = Record<(typeof QUESTION_COLUMNS)[number]['key'], string>;

/** One sample of each type, written as people write them (docs/domain.md §7.10). */
export const TEMPLATE_ROWS: SheetRow[] = [
  {
    type: '单选',
    stem: '党的最高领导机关是什么？',
    A: '党的全国代表大会和它所产生的中央委员会',
    B: '中央政治局',
    C: '中央纪律检查委员会',
    D: '中央书记处',
    E: '',
    F: '',
    answer: 'A',
    explanation: '党章第十条：党的最高领导机关，是党的全国代表大会和它所产生的中央委员会。',
    tags: '党章',
    difficulty: '易',
    examOnly: '否',
  },
  {
    type: '多选',
    stem: '“三会一课”中的“三会”包括哪些？',
    A: '支部党员大会',
    B: '支部委员会',
    C: '职工代表大会',
    D: '党小组会',
    E: '',
    F: '',
    answer: 'ABD',
    explanation: '“三会”指支部党员大会、支部委员会和党小组会。',
    tags: '支部条例、组织生活',
    difficulty: '中',
    examOnly: '否',
  },
  {
    type: '判断',
    stem: '党员每年集中学习培训时间一般不少于32学时。',
    A: '',
    B: '',
    C: '',
    D: '',
    E: '',
    F: '',
    answer: '对',
    explanation: '《中国共产党党员教育管理工作条例》第二十条。',
    tags: '教育管理',
    difficulty: '易',
    examOnly: '是',
  },
];

export function toQuestionRow(row: SheetRow): QuestionRow {
  return {
    type: row.type,
    stem: row.stem,
    options: [row.A, row.B, row.C, row.D, row.E, row.F],
    answer: row.answer,
    explanation: row.explanation,
    tags: row.tags,
    difficulty: row.difficulty,
    examOnly: row.examOnly,
  };
}

export function addQuestionSheet(workbook: Workbook, rows: SheetRow[]): void {
  const sheet = workbook.addWorksheet('题库');
  sheet.columns = QUESTION_COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  // The answer column is text: `对` and `ABD` stay as typed, never turned into numbers or dates.
  sheet.getColumn('answer').numFmt = '@';
  for (const row of rows) sheet.addRow(row);
}

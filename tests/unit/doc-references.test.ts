import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Every document a source comment cites is in the repository, and every `§N.M` it cites is a
// heading of that document (docs/README.md, "Conventions"): `## N. Title`, `### N.M Title`.

const ROOT = resolve(__dirname, '../..');
const SOURCE_DIRS = [
  'cloudfunctions',
  'emulator',
  'typings',
  'miniprogram/src',
  'scripts',
  'tests',
  'config',
];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|scss)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.data', '.cache']);

/** Names of reference documents that lived outside the repository; only `docs/<name>.md` is cited. */
const OUTSIDE_NAMES = /\b(?:CLOUDBASE-PROTOCOL|(?:DOMAIN|WECHAT|ARCHITECTURE|TOOLCHAIN)\.md)\b/g;
/** A mention of a markdown file, or a numbered section. */
const TOKEN = /([\w./-]*[\w-]+\.md)\b|§\s?(\d+(?:\.\d+)*)/g;
const HEADING = /^(#{2,4})\s+(\d+(?:\.\d+)*)\.?\s/;

/** The numbered sections of a document, and what is wrong with its numbering. */
function sectionsOf(markdown: string): { sections: Set<string>; problems: string[] } {
  const sections = new Set<string>();
  const problems: string[] = [];
  let top: string | undefined;
  for (const line of markdown.split('\n')) {
    const found = HEADING.exec(line);
    if (!found) continue;
    const [, hashes, number] = found;
    const depth = number.split('.').length;
    if (depth !== hashes.length - 1)
      problems.push(`"${line}": § ${number} needs ${'#'.repeat(depth + 1)}`);
    if (depth === 1) top = number;
    else if (number.split('.')[0] !== top)
      problems.push(`"${line}" is not under "## ${number.split('.')[0]}."`);
    if (sections.has(number)) problems.push(`§${number} is numbered twice`);
    sections.add(number);
  }
  return { sections, problems };
}

type Docs = (path: string) => Set<string> | undefined;

/**
 * What is wrong with the references in one file (`path` relative to the repository). In a source
 * file a bare `§N.M` belongs to the document the file named last before it; in a document it
 * belongs to the document named just before it (`docs/wechat.md §3.1, §3.2`), or else to itself.
 */
function referenceProblems(
  path: string,
  text: string,
  docs: Docs,
  exists: (p: string) => boolean,
): string[] {
  const problems: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(OUTSIDE_NAMES))
    problems.push(
      `${path}:${lineOf(m.index)} cites ${m[0]}, which is not in the repository: cite docs/<name>.md`,
    );

  const isDoc = path.endsWith('.md');
  let named: string | undefined;
  let chainEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const at = `${path}:${lineOf(m.index)}`;
    if (m[1] !== undefined) {
      if (m[1].includes('://')) continue;
      const target = [join(dirname(path), m[1]), m[1]].find(exists);
      if (!target) {
        // An outside name is reported above already.
        if (!new RegExp(OUTSIDE_NAMES.source).test(m[1]))
          problems.push(`${at} cites ${m[1]}, which does not exist`);
        named = undefined;
      } else named = target;
      chainEnd = m.index + m[0].length;
      continue;
    }
    const section = m[2];
    const chained = named !== undefined && /^[\s`,;、]*$/.test(text.slice(chainEnd, m.index));
    const doc = isDoc ? (chained ? named : path) : named;
    chainEnd = m.index + m[0].length;
    if (doc === undefined) {
      problems.push(`${at} cites §${section} without naming a document before it`);
      continue;
    }
    const sections = docs(doc);
    if (!sections)
      problems.push(`${at} cites §${section} of ${doc}, which has no numbered sections`);
    else if (!sections.has(section))
      problems.push(`${at} cites §${section}, which ${doc} does not have`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

const SELF = relative(ROOT, __filename);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const docFiles = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);
const parsed = new Map(docFiles.map((path) => [path, sectionsOf(read(path))]));
const repoDocs: Docs = (path) => {
  const sections = parsed.get(path)?.sections;
  return sections?.size ? sections : undefined;
};
const repoExists = (path: string) => existsSync(join(ROOT, path));

describe('the checker', () => {
  const docs: Docs = (path) => (path === 'docs/a.md' ? new Set(['1', '1.1', '2']) : undefined);
  const exists = (path: string) => path === 'docs/a.md' || path === 'docs/b.md';
  const check = (text: string, path = 'x.ts') => referenceProblems(path, text, docs, exists);

  it('accepts a cited section, and bare ones after it', () => {
    expect(check('// (docs/a.md §1.1)\n// then (§2, §1)')).toEqual([]);
  });

  it.each([
    ['an outside name', '// (DOMAIN.md §5)', 'DOMAIN.md, which is not in the repository'],
    ['the protocol by its old name', '// (CLOUDBASE-PROTOCOL §1.4)', 'CLOUDBASE-PROTOCOL'],
    ['a missing document', '// (docs/c.md)', 'docs/c.md, which does not exist'],
    ['a missing section', '// (docs/a.md §1.2)', '§1.2, which docs/a.md does not have'],
    ['a bare section first', '// (§1.1)', 'without naming a document'],
    ['a document without sections', '// (docs/b.md §1)', 'has no numbered sections'],
  ])('flags %s', (_name, text, problem) => {
    expect(check(text).join('\n')).toContain(problem);
  });

  it('reads a bare section in a document as its own, unless it follows another document', () => {
    expect(check('see §2 and `docs/a.md` §1.1, §2', 'docs/a.md')).toEqual([]);
    expect(check('see `docs/b.md`, then §9', 'docs/a.md').join('\n')).toContain('§9');
  });

  it('checks heading numbers', () => {
    expect(sectionsOf('## 1. A\n### 1.1 B\n## 2. C\n### 2.1 D').problems).toEqual([]);
    expect(sectionsOf('## 1. A\n### 2.1 B').problems.join()).toContain('not under');
    expect(sectionsOf('## 1. A\n## 1.1 B').problems.join()).toContain('needs ###');
    expect(sectionsOf('## 1. A\n### 1.1 B\n### 1.1 C').problems.join()).toContain('twice');
  });
});

describe('the repository', () => {
  it('has the documents the code cites, each numbered consistently', () => {
    expect(docFiles).toEqual(
      expect.arrayContaining(['docs/domain.md', 'docs/cloudbase-protocol.md', 'docs/wechat.md']),
    );
    const problems = [...parsed].flatMap(([path, { problems }]) =>
      problems.map((p) => `${path}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('cites only documents and sections that exist', () => {
    const files = [
      ...SOURCE_DIRS.flatMap(sourceFiles).filter((path) => path !== SELF),
      ...docFiles,
      'README.md',
    ];
    let cited = 0;
    const problems = files.flatMap((path) => {
      const text = read(path);
      cited += (text.match(/§\s?\d/g) ?? []).length;
      return referenceProblems(path, text, repoDocs, repoExists);
    });
    expect(problems).toEqual([]);
    // The scan itself works: the code does cite sections.
    expect(cited).toBeGreaterThan(30);
  });
});

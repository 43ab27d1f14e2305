import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Word {
  word: string;
  label: number;
}

/** `<word> <label>` lines of a word list beside this file; `#` lines are comments. */
export function loadWordList(fileName: string): Word[] {
  return readFileSync(join(__dirname, fileName), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [word, label] = line.split(/\s+/);
      if (!word || !/^\d+$/.test(label ?? '')) throw new Error(`${fileName} 格式有误：${line}`);
      return { word: word.toLowerCase(), label: Number(label) };
    });
}

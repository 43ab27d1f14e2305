import type { LetterCategory } from '../../../typings/policy/mailbox';

export interface CategoryRule {
  category: LetterCategory;
  phrases: { phrase: string; weight: number }[];
}

export interface Suggestion {
  category: LetterCategory;
  /** The winner's share of all matched weight, 0–1, two decimals; 0 when nothing matched. */
  confidence: number;
}

/**
 * Files a letter under the category whose phrases weigh most in it (docs/domain.md §8.6). A
 * phrase counts once however often it appears; a tie goes to the category listed first, and a
 * letter that matches nothing is 其他.
 */
export function categorise(text: string, rules: readonly CategoryRule[]): Suggestion {
  let best: { category: LetterCategory; score: number } | null = null;
  let total = 0;
  for (const { category, phrases } of rules) {
    const score = phrases.reduce((sum, p) => (text.includes(p.phrase) ? sum + p.weight : sum), 0);
    total += score;
    if (score > 0 && (best === null || score > best.score)) best = { category, score };
  }
  if (best === null) return { category: '其他', confidence: 0 };
  return { category: best.category, confidence: Math.round((best.score / total) * 100) / 100 };
}

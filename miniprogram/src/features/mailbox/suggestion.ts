import { useEffect, useState } from 'react';
import type { LetterCategory } from '../../../../typings/policy/mailbox';
import { mailboxApi } from './api';

/** Waits for a pause in typing before asking, so a sentence costs one call, not one a key. */
const PAUSE_MS = 600;
const MIN_CHARS = 5;

/** The category the server's rules suggest for `text`, asked again after each pause in typing. */
export function useSuggestedCategory(text: string): LetterCategory | undefined {
  const [suggested, setSuggested] = useState<LetterCategory>();
  useEffect(() => {
    if (text.trim().length < MIN_CHARS) {
      setSuggested(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      mailboxApi.suggestCategory(text).then(
        (s) => {
          if (current) setSuggested(s.confidence > 0 ? s.category : undefined);
        },
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return suggested;
}

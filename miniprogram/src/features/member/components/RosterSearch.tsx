import { useEffect, useState } from 'react';
import { Input, View } from '@tarojs/components';
import './RosterSearch.scss';

const DEBOUNCE_MS = 300;

/** A name search that reports what was typed once typing pauses, not on every keystroke. */
export function RosterSearch({ onSearch }: { onSearch: (q: string) => void }) {
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => onSearch(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);
  return (
    <View className="roster-search">
      <Input
        className="roster-search__input"
        data-testid="roster-search"
        value={text}
        maxlength={20}
        placeholder="按姓名搜索"
        confirmType="search"
        onInput={(e) => setText(e.detail.value)}
      />
    </View>
  );
}

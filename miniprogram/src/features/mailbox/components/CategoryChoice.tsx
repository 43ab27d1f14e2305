import { Text, View } from '@tarojs/components';
import { LETTER_CATEGORIES, type LetterCategory } from '../../../../../typings/policy/mailbox';
import '../../../components/chips.scss';
import './mailbox.scss';

/**
 * The categories, the writer's pick marked; until they pick, the suggestion from what they
 * typed is marked 推荐 and goes with the letter.
 */
export function CategoryChoice({
  picked,
  suggested,
  onPick,
}: {
  picked: LetterCategory | undefined;
  suggested: LetterCategory | undefined;
  onPick: (category: LetterCategory | undefined) => void;
}) {
  const shown = picked ?? suggested;
  return (
    <View className="chips" data-testid="letter-category">
      {LETTER_CATEGORIES.map((category) => (
        <Text
          key={category}
          className={`chips__chip ${category === shown ? 'chips__chip--active' : ''}`}
          data-testid={`category-${category}`}
          onClick={() => onPick(category === picked ? undefined : category)}
        >
          {category}
          {!picked && category === suggested ? '（推荐）' : ''}
        </Text>
      ))}
    </View>
  );
}

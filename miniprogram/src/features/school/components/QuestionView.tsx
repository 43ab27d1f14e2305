import { Text, View } from '@tarojs/components';
import type { PaperQuestion } from '../../../../../typings/functions/school';
import { TYPE_LABEL } from '../format';
import './school.scss';

/**
 * One question and its options. Single choice and true/false take one key, multiple choice
 * toggles keys. With `answer`, the right and wrong choices are marked (after submitting).
 */
export function QuestionView({
  index,
  question,
  chosen,
  answer,
  onChange,
}: {
  index: number;
  question: PaperQuestion;
  chosen: string[];
  answer?: string[];
  onChange?: (keys: string[]) => void;
}) {
  const pick = (key: string) => {
    if (!onChange) return;
    if (question.type !== 'multiple') return onChange([key]);
    onChange(chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key].sort());
  };
  const classOf = (key: string) => {
    if (answer?.includes(key)) return 'school-option school-option--right';
    if (answer && chosen.includes(key)) return 'school-option school-option--wrong';
    return chosen.includes(key) ? 'school-option school-option--chosen' : 'school-option';
  };
  return (
    <View className="school-card" data-testid="school-question">
      <Text className="school-card__meta">
        {index + 1}. {TYPE_LABEL[question.type]}
      </Text>
      <Text className="school-card__title">{question.stem}</Text>
      {question.options.map((o) => (
        <View key={o.key} className={classOf(o.key)} onClick={() => pick(o.key)}>
          {question.type === 'judge' ? o.text : `${o.key}. ${o.text}`}
        </View>
      ))}
    </View>
  );
}

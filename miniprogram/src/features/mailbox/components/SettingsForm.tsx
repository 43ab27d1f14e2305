import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { MailboxSettingsView } from '../../../../../typings/functions/mailbox';
import {
  LETTER_CATEGORIES,
  MAILBOX_SETTINGS_LIMITS as LIMITS,
  type LetterCategory,
} from '../../../../../typings/policy/mailbox';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { mailboxApi } from '../api';
import '../../../components/field.scss';
import './mailbox.scss';

interface Row {
  phrase: string;
  weight: string;
}

type Rules = Record<LetterCategory, Row[]>;

/** The fields an error is shown under; any other goes under the form. */
const FIELDS: readonly string[] = ['replyDays', ...LETTER_CATEGORIES];

const toRows = (rules: MailboxSettingsView['rules']): Rules =>
  Object.fromEntries(
    LETTER_CATEGORIES.map((c) => [
      c,
      (rules.find((r) => r.category === c)?.phrases ?? []).map((p) => ({
        phrase: p.phrase,
        weight: String(p.weight),
      })),
    ]),
  ) as Rules;

/** The first thing wrong with the form, by the field the server would name, or undefined. */
function problem(days: string, rules: Rules): { field: string; message: string } | undefined {
  const { replyDays, phrase, weight, phrases } = LIMITS;
  const n = Number(days);
  if (!/^\d+$/.test(days.trim()) || n < replyDays.min || n > replyDays.max)
    return {
      field: 'replyDays',
      message: `答复期限须在 ${replyDays.min}–${replyDays.max} 天之间`,
    };
  for (const category of LETTER_CATEGORIES) {
    if (rules[category].length > phrases)
      return { field: category, message: `每个类别最多 ${phrases} 个关键词` };
    for (const row of rules[category]) {
      const w = Number(row.weight);
      if (!row.phrase.trim() || row.phrase.trim().length > phrase)
        return { field: category, message: `关键词须为 1–${phrase} 个字` };
      if (!Number.isFinite(w) || w < weight.min || w > weight.max)
        return {
          field: category,
          message: `“${row.phrase}”的权重须在 ${weight.min}–${weight.max} 之间`,
        };
    }
  }
  return undefined;
}

/**
 * 信箱设置 (docs/domain.md §8.2, §8.6): the answer time, and per category the phrases that
 * suggest it with their weights. Checked here as the server checks it; the server's refusal
 * names the field, shown under its category.
 */
export function SettingsForm({ initial }: { initial: MailboxSettingsView }) {
  const [days, setDays] = useState(String(initial.replyDays));
  const [rules, setRules] = useState(() => toRows(initial.rules));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);

  const change = (category: LetterCategory, rows: Row[]) =>
    setRules({ ...rules, [category]: rows });
  const submit = async () => {
    const found = problem(days, rules);
    setErrors(found ? { [found.field]: found.message } : {});
    if (found) return;
    setSending(true);
    try {
      const saved = await mailboxApi.saveSettings({
        replyDays: Number(days),
        rules: LETTER_CATEGORIES.map((category) => ({
          category,
          phrases: rules[category].map((r) => ({
            phrase: r.phrase.trim(),
            weight: Number(r.weight),
          })),
        })),
      });
      setDays(String(saved.replyDays));
      setRules(toRows(saved.rules));
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      // `rules.2.phrases.0.weight` is shown under the third category.
      const [head, index] = (error.field ?? '').split('.');
      const field = head === 'rules' ? LETTER_CATEGORIES[Number(index)] : head;
      setErrors({ [FIELDS.includes(field) ? field : 'form']: error.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="page" data-testid="mailbox-settings">
      <View className="field-card">
        <Field label="答复期限（天），超过即计为超期" name="replyDays" error={errors.replyDays}>
          <Input
            type="number"
            data-testid="settings-reply-days"
            value={days}
            onInput={(e) => setDays(e.detail.value)}
          />
        </Field>
      </View>
      <Text className="mailbox-card__label">
        自动归类：信中出现的关键词按权重相加，得分最高的类别即为推荐类别
      </Text>
      {LETTER_CATEGORIES.map((category) => (
        <View key={category} className="field-card">
          <Field label={category} name={category} error={errors[category]}>
            {rules[category].map((row, i) => (
              <View key={i} className="mailbox-rule">
                <Input
                  className="mailbox-rule__phrase"
                  data-testid={`rule-${category}-${i}-phrase`}
                  value={row.phrase}
                  maxlength={LIMITS.phrase}
                  placeholder="关键词或短语"
                  onInput={(e) =>
                    change(
                      category,
                      rules[category].map((r, k) =>
                        k === i ? { ...r, phrase: e.detail.value } : r,
                      ),
                    )
                  }
                />
                <Input
                  className="mailbox-rule__weight"
                  type="digit"
                  data-testid={`rule-${category}-${i}-weight`}
                  value={row.weight}
                  placeholder="权重"
                  onInput={(e) =>
                    change(
                      category,
                      rules[category].map((r, k) =>
                        k === i ? { ...r, weight: e.detail.value } : r,
                      ),
                    )
                  }
                />
                <Text
                  className="mailbox-rule__remove"
                  aria-label="删除关键词"
                  onClick={() =>
                    change(
                      category,
                      rules[category].filter((_r, k) => k !== i),
                    )
                  }
                >
                  ×
                </Text>
              </View>
            ))}
            {rules[category].length < LIMITS.phrases && (
              <Text
                className="mailbox-rule__add"
                data-testid={`rule-${category}-add`}
                onClick={() => change(category, [...rules[category], { phrase: '', weight: '1' }])}
              >
                ＋ 添加关键词
              </Text>
            )}
          </Field>
        </View>
      ))}
      <FormSubmit
        error={errors.form}
        sending={sending}
        testId="settings-save"
        onSubmit={() => void submit()}
      >
        保存设置
      </FormSubmit>
    </View>
  );
}

import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { MAILBOX_LIMITS } from '../../../../../typings/policy/mailbox';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { useAction } from '../../../lib/use-action';
import { mailboxApi } from '../api';
import '../../../components/field.scss';
import './mailbox.scss';

interface Person {
  _id: string;
  name: string;
}

/**
 * The deputies who read the caller's mailbox with them (docs/domain.md §8.5): named from the
 * organisation they manage, at most five, removed at any time.
 */
export function DelegatesEditor({ orgId }: { orgId: string }) {
  const [deputies, setDeputies] = useState<Person[]>();
  const [error, setError] = useState<CloudError>();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Person[]>([]);
  const { sending, run } = useAction();

  const load = () => {
    setError(undefined);
    mailboxApi.delegates().then(
      (d) => setDeputies(d.members),
      (err: unknown) => setError(err instanceof CloudError ? err : networkError()),
    );
  };
  useEffect(load, []);

  const save = (next: Person[], title: string) =>
    run(async () => {
      await mailboxApi.setDelegates(next.map((p) => p._id));
      setDeputies(next);
      await Taro.showToast({ title, icon: 'none' });
    });
  const search = () =>
    run(async () => {
      const page = await mailboxApi.findMembers(orgId, q.trim());
      setFound(page.items.map((m) => ({ _id: m._id, name: m.name })));
    });

  if (error) return <ErrorState error={error} onRetry={load} />;
  if (!deputies) return <Loading />;
  const named = new Set(deputies.map((d) => d._id));
  return (
    <View data-testid="delegates-editor">
      <View className="mailbox-card">
        <Text className="mailbox-card__label">
          代阅人可以查看和处理你信箱里的来信（最多 {MAILBOX_LIMITS.delegates} 人）
        </Text>
        {deputies.length === 0 && <Text className="mailbox-row__from">还没有指定代阅人</Text>}
        {deputies.map((d) => (
          <View key={d._id} className="mailbox-card__head mailbox-row" data-testid="delegate">
            <Text>{d.name}</Text>
            <Text
              className="mailbox-card__day"
              onClick={() =>
                void save(
                  deputies.filter((x) => x !== d),
                  `已取消${d.name}的代阅`,
                )
              }
            >
              移除
            </Text>
          </View>
        ))}
      </View>
      {deputies.length < MAILBOX_LIMITS.delegates && (
        <View className="mailbox-card">
          <View className="mailbox-ticket-entry">
            <Input
              className="field__input"
              data-testid="delegate-search"
              value={q}
              maxlength={20}
              placeholder="输入姓名查找本组织党员"
              onInput={(e) => setQ(e.detail.value)}
            />
            <Button type="primary" size="small" disabled={sending} onClick={() => void search()}>
              查找
            </Button>
          </View>
          {found
            .filter((p) => !named.has(p._id))
            .map((p) => (
              <View
                key={p._id}
                className="mailbox-card__head mailbox-row"
                data-testid="delegate-candidate"
              >
                <Text>{p.name}</Text>
                <Text
                  className="mailbox-card__day"
                  onClick={() => void save([...deputies, p], `已指定${p.name}代阅`)}
                >
                  指定
                </Text>
              </View>
            ))}
        </View>
      )}
    </View>
  );
}

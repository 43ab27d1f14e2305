import { useState } from 'react';
import { View } from '@tarojs/components';
import { Chips } from '../../../components/Chips';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { PagedListView } from '../../../components/PagedListView';
import { newsApi } from '../../../features/news/api';
import { FeedItem } from '../../../features/news/components/FeedItem';
import { adminOrgId } from '../../../features/news/roles';
import { useCloud } from '../../../lib/use-cloud';
import { usePagedList } from '../../../lib/use-paged-list';
import { useSession } from '../../../lib/session';

const ALL = '';

/** The organisations an admin may narrow the view to: two levels below their own. */
function OrgFilter({
  rootId,
  value,
  onChange,
}: {
  rootId: string;
  value: string;
  onChange: (orgId: string) => void;
}) {
  const tree = useCloud('member', 'orgTree', { rootId, depth: 2 });
  const below = (tree.data?.items ?? []).filter((o) => o._id !== rootId);
  return (
    <Chips
      options={[
        { value: ALL, label: '全部' },
        ...below.map((o) => ({ value: o._id, label: o.name })),
      ]}
      value={value}
      onChange={onChange}
      testIdPrefix="subtree-org-"
    />
  );
}

function SubtreeFeed({ rootId }: { rootId: string }) {
  const [orgId, setOrgId] = useState(ALL);
  const list = usePagedList(`subtree:${orgId}`, (cursor) =>
    newsApi.subtree(orgId || undefined, cursor),
  );
  return (
    <View>
      <OrgFilter rootId={rootId} value={orgId} onChange={setOrgId} />
      <PagedListView list={list} empty="下级组织暂无发布的文章" testId="subtree-feed">
        {(article) => <FeedItem key={article._id} article={article} showScope />}
      </PagedListView>
    </View>
  );
}

/** 下级动态: what the organisations below an admin publish, newest first, by organisation. */
export default function SubtreeNewsPage() {
  const { data: me, error, reload } = useSession();
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!me) return <Loading />;
  const rootId = me.bound ? adminOrgId(me.roles) : undefined;
  if (!rootId) return <Empty message="只有党组织管理员可以查看下级动态" />;
  return (
    <View className="page page--flush">
      <SubtreeFeed rootId={rootId} />
    </View>
  );
}

import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { BranchOverviewRow, HourBand } from '../../../../../typings/functions/school';
import { Chips } from '../../../components/Chips';
import { PagedListView } from '../../../components/PagedListView';
import { schoolApi } from '../../../features/school/api';
import { openDocument } from '../../../lib/open-document';
import { useAction } from '../../../lib/use-action';
import { useCloud } from '../../../lib/use-cloud';
import { usePagedList } from '../../../lib/use-paged-list';
import '../../../features/school/components/school.scss';

const bandLabel = (b: HourBand) => (b.to === null ? `${b.from}+` : `${b.from}–${b.to}`);

/** The organisations an admin may look at: their own and those directly under it but branches. */
function OrgChooser({
  rootId,
  value,
  onChange,
}: {
  rootId: string;
  value: string;
  onChange: (orgId: string) => void;
}) {
  const tree = useCloud('member', 'orgTree', { rootId, depth: 1 });
  const choices = (tree.data?.items ?? []).filter((o) => o._id === rootId || o.type !== '党支部');
  if (choices.length < 2) return null;
  return (
    <Chips
      options={choices.map((o) => ({ value: o._id, label: o.name }))}
      value={value}
      onChange={onChange}
      testIdPrefix="overview-org-"
    />
  );
}

function BranchRow({ row }: { row: BranchOverviewRow }) {
  return (
    <View
      className={row.behindPace > 0 ? 'school-card school-card--warn' : 'school-card'}
      data-testid="overview-branch"
    >
      <Text className="school-card__title">{row.orgName}</Text>
      <Text className="school-card__meta">
        {row.members} 人 · 学时落后进度 {row.behindPace} 人
      </Text>
      <Text className="school-card__meta" data-testid="overview-bands">
        学时分布：{row.bands.map((b) => `${bandLabel(b)} 学时 ${b.count} 人`).join('，')}
      </Text>
      {row.courses.map((c) => (
        <Text key={c.courseId} className="school-card__meta">
          {c.title}：{c.completed} / {c.assigned}（{c.percent}%）
        </Text>
      ))}
    </View>
  );
}

/**
 * An admin's view of the subtree: each branch's assigned courses' completion and its members'
 * 学时 in bands, a page of branches at a time, and the year's workbook for 民主评议.
 */
export default function StudyOverviewPage() {
  const { params } = useRouter();
  const rootId = params.orgId ?? '';
  const [orgId, setOrgId] = useState(rootId);
  const list = usePagedList(`overview:${orgId}`, (cursor) =>
    schoolApi.studyOverview(orgId, cursor),
  );
  const { sending, run } = useAction();
  const exportYear = () =>
    run(async () => {
      const { url, fileName } = await schoolApi.exportStudy(orgId);
      if (await openDocument(url, 'xlsx', fileName))
        await Taro.showToast({ title: '已生成学习情况表', icon: 'success' });
    });
  return (
    <View className="page">
      <OrgChooser rootId={rootId} value={orgId} onChange={setOrgId} />
      <View className="school-card">
        <Text className="school-card__meta">
          年度学习情况（民主评议）：每名党员的线上、线下学时与应修学时，指派课程完成情况。
        </Text>
        <Button
          type="primary"
          block
          disabled={sending}
          loading={sending}
          onClick={exportYear}
          data-testid="overview-export"
        >
          导出 Excel
        </Button>
      </View>
      <PagedListView list={list} empty="该组织下暂无党支部" testId="overview-branches">
        {(row) => <BranchRow key={row.orgId} row={row} />}
      </PagedListView>
    </View>
  );
}

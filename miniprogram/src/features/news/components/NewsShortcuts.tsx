import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Role } from '../../../../../typings';
import { adminOrgId, publishScopeId, reviewOrgId } from '../roles';
import './NewsShortcuts.scss';

/** Writing and reviewing entries for the roles that publish; the server still checks each call. */
export function NewsShortcuts({ roles }: { roles: Role[] }) {
  const writes = !!publishScopeId(roles);
  const reviews = !!reviewOrgId(roles);
  const admin = !!adminOrgId(roles);
  if (!writes && !reviews) return null;
  const entries = [
    ...(writes
      ? [
          { label: '写文章', url: '/packages/news/edit/index' },
          { label: '我的稿件', url: '/packages/news/mine/index' },
        ]
      : []),
    ...(reviews ? [{ label: '审核', url: '/packages/news/review/index' }] : []),
    // The committee follows its branches here, not in 首页: members' feeds stay their own.
    ...(admin ? [{ label: '下级动态', url: '/packages/news/subtree/index' }] : []),
  ];
  return (
    <View className="news-shortcuts" data-testid="news-shortcuts">
      {entries.map((entry) => (
        <View
          key={entry.label}
          className="news-shortcuts__item"
          role="link"
          hoverClass="news-shortcuts__item--pressed"
          onClick={() => Taro.navigateTo({ url: entry.url })}
        >
          <Text>{entry.label}</Text>
        </View>
      ))}
    </View>
  );
}

import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { NewsColumn } from '../../../../../typings';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { BindingPrompt } from '../../../features/member/components/BindingPrompt';
import { useArticle, useColumns } from '../../../features/news/api';
import { ArticleForm } from '../../../features/news/components/ArticleForm';
import { publishScopeId, reviewOrgId } from '../../../features/news/roles';
import { useSession } from '../../../lib/session';

/** A new article, or (`?id=`) a draft, returned or withdrawn article edited again. */
export default function EditArticlePage() {
  const { params } = useRouter();
  const me = useSession();
  const columns = useColumns();
  const error = me.error ?? columns.error;
  if (error) {
    const retry = () => {
      me.reload();
      columns.reload();
    };
    return <ErrorState error={error} onRetry={retry} />;
  }
  if (!me.data || !columns.data) return <Loading />;
  if (!me.data.bound) return <BindingPrompt />;
  const canPin = !!reviewOrgId(me.data.roles);
  return (
    <View className="page">
      {params.id ? (
        <ExistingArticle id={params.id} columns={columns.data.items} canPin={canPin} />
      ) : (
        <ArticleForm
          columns={columns.data.items}
          scopeId={publishScopeId(me.data.roles) ?? me.data.org._id}
          author={me.data.member.name}
          canPin={canPin}
        />
      )}
    </View>
  );
}

function ExistingArticle(props: { id: string; columns: NewsColumn[]; canPin: boolean }) {
  const article = useArticle(props.id, undefined);
  if (article.error) return <ErrorState error={article.error} onRetry={article.reload} />;
  if (!article.data) return <Loading />;
  return (
    <ArticleForm
      columns={props.columns}
      scopeId={article.data.scopeId}
      author={article.data.author}
      canPin={props.canPin}
      article={article.data}
    />
  );
}

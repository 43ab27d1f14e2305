import { BoundMemberPage } from '../../features/member/components/BoundMemberPage';
import { NewsFeed } from '../../features/news/components/NewsFeed';
import { NewsShortcuts } from '../../features/news/components/NewsShortcuts';

export default function HomePage() {
  return (
    <BoundMemberPage flush>
      {(me) => (
        <>
          <NewsShortcuts roles={me.roles} />
          <NewsFeed />
        </>
      )}
    </BoundMemberPage>
  );
}

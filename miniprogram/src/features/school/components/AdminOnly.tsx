import type { ReactNode } from 'react';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { adminOrgId, type BoundMe } from '../../../lib/session';
import type { CloudState } from '../../../lib/use-cloud';
import { useAdminOrgs } from '../authoring-api';
import type { OrgChoice } from './CourseForm';

/**
 * An authoring page for organisation admins, with the organisations they may write for; anyone
 * else is told it is not for them (the server refuses them too).
 */
export function AdminOnly({
  me,
  children,
}: {
  me: BoundMe;
  children: (orgs: OrgChoice[]) => ReactNode;
}) {
  const rootId = adminOrgId(me);
  if (!rootId) return <Empty message="只有组织管理员可以管理微党校" />;
  return <WithOrgs rootId={rootId}>{children}</WithOrgs>;
}

function WithOrgs({
  rootId,
  children,
}: {
  rootId: string;
  children: (orgs: OrgChoice[]) => ReactNode;
}) {
  const orgs = useAdminOrgs(rootId);
  if (orgs.error) return <ErrorState error={orgs.error} onRetry={orgs.reload} />;
  if (!orgs.data) return <Loading />;
  return <>{children(orgs.data.items.map(({ _id, name, path }) => ({ _id, name, path })))}</>;
}

/**
 * An admin's editor of a new document, or of the one `id` names once it has loaded: the
 * course and exam editors alike.
 */
export function AdminEditor<T>({
  me,
  id,
  useLoad,
  children,
}: {
  me: BoundMe;
  id: string | undefined;
  useLoad: (id: string) => CloudState<T>;
  children: (orgs: OrgChoice[], initial?: T) => ReactNode;
}) {
  return (
    <AdminOnly me={me}>
      {(orgs) =>
        id ? (
          <Loaded id={id} useLoad={useLoad}>
            {(initial) => children(orgs, initial)}
          </Loaded>
        ) : (
          children(orgs)
        )
      }
    </AdminOnly>
  );
}

function Loaded<T>({
  id,
  useLoad,
  children,
}: {
  id: string;
  useLoad: (id: string) => CloudState<T>;
  children: (data: T) => ReactNode;
}) {
  const state = useLoad(id);
  if (state.error) return <ErrorState error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}

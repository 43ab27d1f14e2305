import type { CourseDoc, LessonDoc, MemberDoc } from '../../typings/documents';
import { forbidden, notFound } from '../_shared/errors';
import { managesOrg } from '../_shared/scope';

/**
 * A course, its lessons and their files are for the members of its scope's subtree, and for
 * whoever manages the scope; an exam likewise (docs/domain.md §1.5).
 */
export function mayStudy(member: MemberDoc, scope: { _id: string; path: string }): boolean {
  return member.orgPath.startsWith(scope.path) || managesOrg(member, scope);
}

export function requireStudies(
  member: MemberDoc,
  course: Pick<CourseDoc, 'scopeId' | 'scopePath'>,
) {
  if (!mayStudy(member, { _id: course.scopeId, path: course.scopePath }))
    throw forbidden('该课程不在你所在组织的学习范围内');
}

export function requireLesson(
  member: MemberDoc,
  lesson: Pick<LessonDoc, 'scopePath' | 'published'>,
) {
  // A draft or withdrawn course's lessons are not there for members (docs/domain.md §7.11).
  if (!lesson.published) throw notFound('找不到该课时');
  // A lesson's scope id is its course's; the path alone decides for members, managers above
  // it are matched by path too.
  if (!mayStudy(member, { _id: '', path: lesson.scopePath }))
    throw forbidden('该课程不在你所在组织的学习范围内');
}

/** The organisations whose courses a member sees: their own and every ancestor. */
export function ancestorsOf(orgPath: string): string[] {
  return orgPath.split('/').filter(Boolean);
}

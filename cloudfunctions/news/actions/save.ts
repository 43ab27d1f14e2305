import type { ArticleDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { checkText } from '../../_shared/content-check';
import { AppError, forbidden, invalidArgument } from '../../_shared/errors';
import { attachFiles } from '../../_shared/files';
import { newId } from '../../_shared/ids';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { cloudIdsIn } from '../../_shared/storage';
import { queueKey, zoneOf } from '../keys';
import { loadArticle, loadColumn } from '../repo';
import { mayEdit, mayPin, mayPublish } from '../rules/publishing';
import { bodyText, hasContent, sanitizeBody } from '../../_shared/rich-body';
import { toDraft } from '../views';

/** msgSecCheck scene 3 (forum): articles are long-form posts to many readers. */
const ARTICLE_SCENE = 3;

/**
 * Creates or edits a draft. Every text passes content security first: risky text is refused
 * and nothing is stored; text held for review is stored, and goes to an admin when submitted.
 * Cloud files in it must be uploads made for this article by its editors (files.ts).
 */
export const save = action('news', 'save', {
  async handler({ id, ...fields }, caller) {
    const member = requireMember(caller);
    const [scope, column] = await Promise.all([
      loadOrg(fields.scopeId),
      loadColumn(fields.columnId),
    ]);
    if (!mayPublish(member, scope, column)) {
      throw forbidden(`你不能在「${column.name}」栏目发布面向${scope.name}的文章`);
    }
    const existing = id ? await loadArticle(id) : null;
    if (existing && !mayEdit(member, existing)) {
      throw forbidden('只有作者或审核人可以修改草稿、被退回或已撤回的文章');
    }
    if (fields.pinned !== (existing?.pinned ?? false) && !mayPin(member, scope)) {
      throw forbidden('只有本组织书记或上级管理员可以置顶文章');
    }
    const body = sanitizeBody(fields.body);
    if (!hasContent(body)) throw invalidArgument('正文不能为空', 'body');

    const text = [fields.title, fields.summary, fields.source, fields.author, bodyText(body)].join(
      '\n',
    );
    const verdict = await checkText(text, caller.openid, ARTICLE_SCENE);
    if (verdict === 'risky') {
      throw new AppError('CONTENT_REJECTED', '文章含有不符合规范的内容，请修改后再保存');
    }

    const now = clock.now();
    const _id = existing?._id ?? newId();
    await attachFiles(
      'news',
      _id,
      member._id,
      [...(fields.cover ? [fields.cover] : []), ...cloudIdsIn(body)],
      { message: '文章只能使用为本文上传的图片和视频，请重新上传', field: 'body' },
    );
    const content = {
      ...fields,
      body,
      column: column.name,
      scopePath: scope.path,
      scopeName: scope.name,
      enterpriseWide: scope.parentId === null,
      zone: zoneOf(scope.path),
      contentCheck: verdict,
      status: 'draft' as const,
      queueKey: queueKey(scope.path, now, _id),
      updatedAt: now,
    };
    const articles = db.collection(COLLECTIONS.articles.name);
    if (existing) {
      // Guarded by the status it was read in: a concurrent submit wins, this edit is refused.
      const { stats } = await articles
        .where({ _id, status: existing.status })
        .update({ data: content });
      if (stats.updated === 0) throw new AppError('CONFLICT', '文章状态已变化，请刷新后重试');
      return toDraft({ ...existing, ...content });
    }
    const article: ArticleDoc = {
      _id,
      ...content,
      publishedAt: null,
      feedKey: '',
      publishedKey: '',
      editorId: member._id,
      editorName: member.name,
      reviewComment: null,
      reviewerId: null,
      reviewedAt: null,
      readCount: 0,
      shareOpenCount: 0,
      createdAt: now,
    };
    await articles.add({ data: article });
    return toDraft(article);
  },
});

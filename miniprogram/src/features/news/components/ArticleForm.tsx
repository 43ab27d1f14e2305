import { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from '../../../../../typings/policy/text';
import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ArticleDetail, NewsColumn } from '../../../../../typings';
import { ARTICLE_LIMITS } from '../../../../../typings/policy/limits';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { newsApi } from '../api';
import { blocksToHtml, firstImage, htmlToBlocks, openingWords, type Block } from '../blocks';
import { pickAndUploadImage } from '../image-upload';
import { BlockEditor } from './BlockEditor';
import '../../../components/field.scss';
import './ArticleForm.scss';
import { Chips } from '../../../components/Chips';

interface Props {
  columns: NewsColumn[];
  /** The organisation the article is for. */
  scopeId: string;
  /** The byline a new article starts with. */
  author: string;
  /** Reviewers may pin an article; the server checks again when it is published. */
  canPin: boolean;
  /** The article being edited again, if any. */
  article?: ArticleDetail;
}

type Errors = Partial<Record<'title' | 'columnId' | 'body' | 'form', string>>;

/** Writes or edits an article: saved as a draft, then submitted for review. */
export function ArticleForm({ columns, scopeId, author, canPin, article }: Props) {
  const [title, setTitle] = useState(article?.title ?? '');
  const [columnId, setColumnId] = useState(article?.columnId ?? '');
  const [summary, setSummary] = useState(article?.summary ?? '');
  const [source, setSource] = useState(article?.source ?? '');
  const [byline, setByline] = useState(article?.author ?? author);
  const [pinned, setPinned] = useState(article?.pinned ?? false);
  const [blocks, setBlocks] = useState<Block[]>(() =>
    article ? htmlToBlocks(article.editableBody ?? article.body) : [],
  );
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const savedId = useRef(article?._id);

  const check = (v = { title, columnId, blocks }): Errors => {
    const found: Errors = {};
    if (!v.title.trim()) found.title = '请填写标题';
    else if (hasUnsafeCharacters(v.title, false)) found.title = UNSAFE_TEXT_MESSAGE;
    if (!v.columnId) found.columnId = '请选择栏目';
    if (!blocksToHtml(v.blocks)) found.body = '请填写正文';
    return found;
  };

  /** A message under a field goes as soon as the field is valid again. */
  const edited = (changed: Partial<{ title: string; columnId: string; blocks: Block[] }>) => {
    const still = check({ title, columnId, blocks, ...changed });
    setErrors((prev) => {
      const next = { ...prev };
      for (const field of ['title', 'columnId', 'body'] as const) {
        const touched = field === 'body' ? 'blocks' in changed : field in changed;
        if (touched && !still[field]) delete next[field];
      }
      return next;
    });
  };

  const save = () =>
    newsApi.save({
      ...(savedId.current ? { id: savedId.current } : {}),
      title,
      cover: firstImage(blocks),
      summary: summary.trim() || openingWords(blocks),
      body: blocksToHtml(blocks),
      source,
      author: byline,
      columnId,
      scopeId: article?.scopeId ?? scopeId,
      pinned,
    });

  const run = async (andSubmit: boolean) => {
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const draft = await save();
      savedId.current = draft._id;
      if (andSubmit) {
        const submitted = await newsApi.submit(draft._id);
        await Taro.showToast({
          title: submitted.status === 'reviewing' ? '已提交，待上级审核' : '已提交审核',
          icon: 'success',
        });
        await Taro.redirectTo({ url: '/packages/news/mine/index' });
      } else {
        await Taro.showToast({ title: '草稿已保存', icon: 'success' });
      }
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = error.field === 'title' || error.field === 'columnId' || error.field === 'body';
      setErrors({ [field ? (error.field as keyof Errors) : 'form']: error.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="article-form">
      {article?.status === 'returned' && (
        <View className="article-form__returned" role="alert" data-testid="article-returned">
          <Text className="article-form__returned-title">审核人已退回这篇文章</Text>
          {article.reviewComment && <Text>退回意见：{article.reviewComment}</Text>}
        </View>
      )}
      <View className="field-card">
        <Field
          label="标题"
          name="title"
          error={errors.title}
          count={{ length: title.length, max: ARTICLE_LIMITS.title }}
        >
          <Input
            className="field__input"
            data-testid="article-title"
            value={title}
            maxlength={ARTICLE_LIMITS.title}
            placeholder="文章标题"
            onInput={(e) => {
              setTitle(e.detail.value);
              edited({ title: e.detail.value });
            }}
          />
        </Field>
        <Field label="栏目" name="columnId" error={errors.columnId}>
          <Chips
            options={columns.map((column) => ({ value: column._id, label: column.name }))}
            value={columnId}
            onChange={(id) => {
              setColumnId(id);
              edited({ columnId: id });
            }}
            testIdPrefix="column-choice-"
          />
        </Field>
        <Field label="摘要（可不填，默认取正文开头）" name="summary">
          <Textarea
            className="field__textarea"
            value={summary}
            maxlength={ARTICLE_LIMITS.summary}
            autoHeight
            placeholder="一两句话介绍文章"
            onInput={(e) => setSummary(e.detail.value)}
          />
        </Field>
      </View>
      <View className="field-card">
        <Field label="正文" name="body" error={errors.body}>
          <BlockEditor
            blocks={blocks}
            onChange={(next) => {
              setBlocks(next);
              edited({ blocks: next });
            }}
            addImage={pickAndUploadImage}
          />
        </Field>
      </View>
      <View className="field-card">
        <Field label="来源" name="source">
          <Input
            className="field__input"
            value={source}
            maxlength={ARTICLE_LIMITS.source}
            placeholder="如：党群工作部"
            onInput={(e) => setSource(e.detail.value)}
          />
        </Field>
        <Field label="作者" name="author">
          <Input
            className="field__input"
            value={byline}
            maxlength={ARTICLE_LIMITS.author}
            onInput={(e) => setByline(e.detail.value)}
          />
        </Field>
        {canPin && (
          <Field label="发布后置顶" name="pinned">
            <View className="field__value">
              <Switch
                checked={pinned}
                color="#C8161D"
                onChange={(e) => setPinned(e.detail.value)}
              />
            </View>
          </Field>
        )}
      </View>
      <FormSubmit
        error={errors.form}
        sending={sending}
        testId="article-submit"
        onSubmit={() => run(true)}
        secondary={
          <Button type="primary" fill="outline" disabled={sending} onClick={() => run(false)}>
            保存草稿
          </Button>
        }
      >
        提交审核
      </FormSubmit>
    </View>
  );
}

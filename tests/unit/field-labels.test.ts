import type * as z from 'zod';
import { SCHEMAS } from '../../typings/functions';
import { fieldLabel } from '../../typings/field-labels';

/** Every field name in a request schema, with the functions that take it. */
function fieldsOf(schema: z.ZodType, into: Set<string>, depth = 0): void {
  const def = (schema as unknown as { _zod?: { def: Record<string, unknown> } })._zod?.def;
  if (!def || depth > 12) return;
  const next = (s: unknown) => fieldsOf(s as z.ZodType, into, depth + 1);
  if (def.type === 'object')
    for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
      into.add(key);
      next(value);
    }
  for (const key of ['innerType', 'in', 'out', 'element', 'left', 'right', 'valueType'])
    if (def[key]) next(def[key]);
  for (const key of ['options', 'items'])
    if (Array.isArray(def[key])) (def[key] as unknown[]).forEach(next);
}

const fields = Object.entries(SCHEMAS).flatMap(([fn, actions]) =>
  Object.values(actions as Record<string, z.ZodType>).flatMap((schema) => {
    const found = new Set<string>();
    fieldsOf(schema, found);
    return [...found].map((field) => [fn, field] as const);
  }),
);

describe('each request field has words a member reads', () => {
  it('finds the fields of the contract', () => {
    expect(fields).toContainEqual(['news', 'title']);
    expect(fields).toContainEqual(['notice', 'name']);
  });

  it('labels every field of every action', () => {
    const unlabelled = fields.filter(([fn, field]) => !fieldLabel(fn, field));
    expect(unlabelled).toEqual([]);
  });

  it.each([
    ['news', 'title', '标题'],
    ['member', 'name', '姓名'],
    ['news', 'name', '栏目名称'],
    ['notice', 'attachments.0.name', '附件名称'],
    ['notice', 'attachments.0', '附件'],
  ])('%s %s reads %s', (fn, path, words) => {
    expect(fieldLabel(fn, path)).toBe(words);
  });
});

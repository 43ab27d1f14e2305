import { compile } from './query';
import { encodeForReply, type Doc } from './ejson';

/**
 * Stored documents are never modified in place (an update stores a new object), so a document's
 * reply text, whole or under one projection, is computed once and kept while the document
 * lives: the feed sends the same articles to every member who scrolls it.
 */
const encoded = new WeakMap<Doc, Map<string, string>>();

/** The `data.list` of a read: each document projected and encoded as EJSON text. */
export function encodeList(docs: Doc[], projection: Doc): string[] {
  const plain = topLevelProjection(projection);
  if (!plain) return compile({}).find<Doc>(docs, projection).all().map(encodeForReply);
  const key = JSON.stringify(projection);
  return docs.map((doc) => {
    let texts = encoded.get(doc);
    if (!texts) encoded.set(doc, (texts = new Map()));
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = encodeForReply(plain(doc))));
    return text;
  });
}

/**
 * Projections of whole top-level fields — what `.field({a: true})` and `.field({body: false})`
 * send — applied without mingo, which deep-copies every document it projects. Anything else
 * (dotted paths, operators, mixed inclusion) is left to mingo: null.
 */
function topLevelProjection(projection: Doc): ((doc: Doc) => Doc) | null {
  const entries = Object.entries(projection);
  if (!entries.length) return (doc) => doc;
  const keep: string[] = [];
  const drop: string[] = [];
  for (const [field, value] of entries) {
    if (field.includes('.') || field.startsWith('$')) return null;
    if (value === true || value === 1) keep.push(field);
    else if (value === false || value === 0) drop.push(field);
    else return null;
  }
  const dropsOnlyId = drop.length === 1 && drop[0] === '_id';
  if (keep.length && drop.length && !dropsOnlyId) return null;
  // An inclusion keeps the listed fields (and _id unless excluded); an exclusion keeps the rest.
  const including = keep.length > 0;
  const listed = new Set(including ? (dropsOnlyId ? keep : ['_id', ...keep]) : drop);
  return (doc) => {
    const out: Doc = {};
    for (const field of Object.keys(doc))
      if (listed.has(field) === including) out[field] = doc[field];
    return out;
  };
}

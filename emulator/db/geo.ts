import booleanIntersects from '@turf/boolean-intersects';
import booleanWithin from '@turf/boolean-within';
import distance from '@turf/distance';
import { earthRadius } from '@turf/helpers';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { Lazy, type Iterator } from 'mingo/lazy';
import type { Options } from 'mingo/types';
import { resolve } from 'mingo/util';
import { AdminError } from '../types';
import type { Collection } from './collection';
import { isPlainObject, type Doc } from './ejson';

/**
 * Geo queries on GeoJSON (docs/cloudbase-protocol.md §2.12): `_.geoNear` arrives as
 * `$nearSphere`, `_.geoWithin` as `$geoWithin` (`$geometry` or `$centerSphere`),
 * `_.geoIntersects` as `$geoIntersects`, `aggregate().geoNear()` as a `$geoNear` stage.
 * Distances are spherical (haversine, turf's mean earth radius) in metres.
 */

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

function isGeometry(value: unknown): value is Geometry {
  return (
    isPlainObject(value) &&
    typeof value.type === 'string' &&
    GEOMETRY_TYPES.has(value.type) &&
    Array.isArray(value.coordinates)
  );
}

/** A stored location: a GeoJSON geometry, or a legacy `[longitude, latitude]` pair. */
function geometryOf(value: unknown): Geometry | undefined {
  if (isGeometry(value)) return value;
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  )
    return { type: 'Point', coordinates: value as Position };
  return undefined;
}

function pointOf(value: unknown, what: string): Point {
  const geometry = geometryOf(value);
  if (geometry?.type !== 'Point')
    throw new AdminError('DATABASE_REQUEST_FAILED', `${what} must be a GeoJSON Point`);
  return geometry;
}

function areaOf(value: unknown, what: string): Polygon | MultiPolygon {
  if (!isGeometry(value) || (value.type !== 'Polygon' && value.type !== 'MultiPolygon'))
    throw new AdminError(
      'DATABASE_REQUEST_FAILED',
      `${what} must be a GeoJSON Polygon or MultiPolygon`,
    );
  return value;
}

function positions(geometry: Geometry): Position[] {
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if ('coordinates' in geometry) walk(geometry.coordinates);
  return out;
}

/**
 * Metres from `point` to the nearest part of `geometry`: 0 inside a polygon; a line is measured
 * to its nearest vertex.
 */
export function metresTo(point: Point, geometry: Geometry): number {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return Math.max(0, pointToPolygonDistance(point, geometry, { units: 'meters' }));
    default:
      return Math.min(
        ...positions(geometry).map((p) => distance(point, p, { units: 'meters' })),
        Infinity,
      );
  }
}

interface Near {
  point: Point;
  min: number;
  max: number;
}

function nearOf(value: unknown): Near {
  if (!isPlainObject(value)) throw new AdminError('DATABASE_REQUEST_FAILED', 'invalid $nearSphere');
  const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  return {
    point: pointOf(value.$geometry, '$nearSphere.$geometry'),
    min: num(value.$minDistance, 0),
    max: num(value.$maxDistance, Infinity),
  };
}

type Predicate = (doc: Doc) => boolean;

function geoOperator(build: (value: unknown) => (geometry: Geometry) => boolean) {
  return (selector: string, value: unknown, _options: Options): Predicate => {
    const test = build(value);
    return (doc) => {
      const geometry = geometryOf(resolve(doc, selector));
      return geometry !== undefined && test(geometry);
    };
  };
}

const nearOperator = geoOperator((value) => {
  const { point, min, max } = nearOf(value);
  return (geometry) => {
    const d = metresTo(point, geometry);
    return d >= min && d <= max;
  };
});

/** Query operators the local cloud adds to mingo's (mingo has no geo). */
export const GEO_QUERY_OPERATORS = {
  $nearSphere: nearOperator,
  $near: nearOperator,
  $geoWithin: geoOperator((value) => {
    if (!isPlainObject(value))
      throw new AdminError('DATABASE_REQUEST_FAILED', 'invalid $geoWithin');
    if (value.$centerSphere !== undefined) {
      const [centre, radians] = value.$centerSphere as [unknown, unknown];
      const point = pointOf(centre, '$centerSphere centre');
      if (typeof radians !== 'number')
        throw new AdminError('DATABASE_REQUEST_FAILED', '$centerSphere radius must be a number');
      const metres = radians * earthRadius;
      return (geometry) =>
        positions(geometry).every((p) => distance(point, p, { units: 'meters' }) <= metres);
    }
    const area = areaOf(value.$geometry, '$geoWithin.$geometry');
    return (geometry) => booleanWithin(geometry, area);
  }),
  $geoIntersects: geoOperator((value) => {
    if (!isPlainObject(value) || !isGeometry(value.$geometry))
      throw new AdminError('DATABASE_REQUEST_FAILED', '$geoIntersects needs a GeoJSON $geometry');
    const other = value.$geometry;
    return (geometry) => booleanIntersects(geometry, other);
  }),
};

/**
 * The `$nearSphere` (or `$near`) condition of a query, if it has one at its top level: such a
 * query answers nearest first.
 */
export function nearQuery(query: Doc): { field: string; near: Near } | undefined {
  for (const [field, condition] of Object.entries(query)) {
    if (!isPlainObject(condition)) continue;
    const value = condition.$nearSphere ?? condition.$near;
    if (value !== undefined) return { field, near: nearOf(value) };
  }
  return undefined;
}

/** As MongoDB answers when no `2dsphere` index backs a near query. */
function noGeoIndex(): AdminError {
  return new AdminError('DATABASE_REQUEST_FAILED', 'unable to find index for $geoNear query');
}

/** A near query needs a declared `2dsphere` index on its field. */
export function requireGeoIndex(coll: Collection, field: string): void {
  if (!coll.geoFields.includes(field)) throw noGeoIndex();
}

/** Sorts matched documents nearest first. */
export function byDistance<T>(items: T[], docOf: (item: T) => Doc, field: string, near: Near): T[] {
  return items
    .map((item) => {
      const geometry = geometryOf(resolve(docOf(item), field));
      return { item, d: geometry ? metresTo(near.point, geometry) : Infinity };
    })
    .sort((a, b) => a.d - b.d)
    .map(({ item }) => item);
}

/**
 * The `$geoNear` stage (first in a pipeline): the documents within `minDistance`..`maxDistance`
 * of `near` that match `query`, nearest first, the distance (times `distanceMultiplier`) in
 * `distanceField` and the location in `includeLocs`. `key` names the indexed field; without it
 * the collection must have exactly one `2dsphere` index.
 */
export function geoNearStage(
  coll: Collection,
  spec: unknown,
  matches: (query: Doc) => Doc[],
): Doc[] {
  if (!isPlainObject(spec)) throw new AdminError('DATABASE_REQUEST_FAILED', 'invalid $geoNear');
  const point = pointOf(spec.near, '$geoNear.near');
  let field: string;
  if (typeof spec.key === 'string') {
    field = spec.key;
    requireGeoIndex(coll, field);
  } else if (coll.geoFields.length === 1) {
    field = coll.geoFields[0];
  } else if (coll.geoFields.length === 0) {
    throw noGeoIndex();
  } else {
    throw new AdminError(
      'DATABASE_REQUEST_FAILED',
      'more than one 2dsphere index, use the key option to specify which to use',
    );
  }
  if (typeof spec.distanceField !== 'string' || !spec.distanceField)
    throw new AdminError('DATABASE_REQUEST_FAILED', '$geoNear requires a distanceField');
  const min = typeof spec.minDistance === 'number' ? spec.minDistance : 0;
  const max = typeof spec.maxDistance === 'number' ? spec.maxDistance : Infinity;
  const multiplier = typeof spec.distanceMultiplier === 'number' ? spec.distanceMultiplier : 1;
  const query = isPlainObject(spec.query) ? spec.query : {};
  const found: { doc: Doc; d: number; geometry: Geometry }[] = [];
  for (const doc of matches(query)) {
    const geometry = geometryOf(resolve(doc, field));
    if (!geometry) continue;
    const d = metresTo(point, geometry);
    if (d >= min && d <= max) found.push({ doc, d, geometry });
  }
  found.sort((a, b) => a.d - b.d);
  return found.map(({ doc, d, geometry }) => {
    const out = structuredClone(doc);
    setPath(out, spec.distanceField as string, d * multiplier);
    if (typeof spec.includeLocs === 'string') setPath(out, spec.includeLocs, geometry);
    return out;
  });
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let at: Doc = doc;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(at[part])) at[part] = {};
    at = at[part] as Doc;
  }
  at[parts[parts.length - 1]] = value;
}

/**
 * `$sample` without replacement: `size` distinct documents, or every document once (in random
 * order) when there are fewer (mingo's own draws with replacement).
 */
export function sampleDistinct(
  coll: Iterator,
  expr: { size?: unknown },
  _options: Options,
): Iterator {
  return coll.transform((xs: unknown[]) => {
    const items = [...xs];
    const n = Math.min(Math.max(Math.floor(Number(expr.size) || 0), 0), items.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(Math.random() * (items.length - i));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return Lazy(items.slice(0, n));
  });
}

import * as v from 'valibot';
import type { LivenessResponse } from './liveness-response.js';
import { LivenessResponseError, type LivenessResponseIssue } from './liveness-response-error.js';
import { livenessResponseSchema } from './liveness-response-schema.js';

/**
 * Checks a liveness response body (already `JSON.parse`d) against the documented contract and
 * returns it typed. Unknown fields are kept.
 *
 * @throws {LivenessResponseError} when a field is missing, has the wrong type or is out of range;
 *   the error's `path` and message name the field.
 *
 * @example
 * const response = parseLivenessResponse(await res.json());
 * response.entity.liveness.liveness_probability; // number, 0..100
 */
export function parseLivenessResponse(json: unknown): LivenessResponse {
  // Schemas for objects accept arrays; a JSON array is never a response.
  if (Array.isArray(json)) {
    throw new LivenessResponseError([
      { path: '', message: 'expected an object but received an array' },
    ]);
  }
  // The common case, a valid body, is checked in place and returned as it is: valibot builds a
  // copy of every object and a record per field (about 8 KB per answer, the largest share of
  // what the proxy allocated per request). Anything the check does not accept goes to valibot,
  // which decides and names the problems, so the check only ever has to be no looser.
  if (conforms(json)) return json;
  const result = v.safeParse(livenessResponseSchema, json);
  if (result.success) return result.output;
  const [first, ...rest] = result.issues;
  throw new LivenessResponseError([toIssue(first), ...rest.map(toIssue)]);
}

function toIssue(issue: v.BaseIssue<unknown>): LivenessResponseIssue {
  return { path: formatPath(issue.path), message: describe(issue) };
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'is missing';
  if (issue.kind === 'schema') {
    return `expected ${expectation(issue.expected)} but received ${issue.received}`;
  }
  switch (issue.type) {
    case 'min_value':
    case 'max_value':
      return `expected a number ${issue.expected ?? ''} but received ${issue.received}`;
    case 'integer':
      return `expected an integer but received ${issue.received}`;
    default:
      return issue.message;
  }
}

function expectation(expected: string | null): string {
  if (expected === 'Object') return 'an object';
  if (expected === 'Array') return 'an array';
  if (expected === 'number' || expected === 'string' || expected === 'boolean') {
    return `a ${expected}`;
  }
  return expected ?? 'a different value';
}

// The schema of liveness-response-schema.ts, by hand and stricter where that is simpler (arrays
// are never objects here). `parse-liveness-response.test.ts` checks that it never accepts what
// the schema rejects.

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
}

function isPercent(value: unknown): boolean {
  return inRange(value, 0, 100);
}

function isAge(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isAttribute(value: unknown, type: 'boolean' | 'string'): boolean {
  return isObject(value) && typeof value['value'] === type && isPercent(value['confidence']);
}

const BOOLEAN_ATTRIBUTES = [
  'smile',
  'eyeglasses',
  'sunglasses',
  'beard',
  'mustache',
  'eyes_open',
  'mouth_open',
] as const;

function isDetails(value: unknown): boolean {
  if (!isObject(value)) return false;
  const ages = value['age_range'];
  if (!isObject(ages) || !isAge(ages['low']) || !isAge(ages['high'])) return false;
  if (!isAttribute(value['gender'], 'string')) return false;
  for (const name of BOOLEAN_ATTRIBUTES) if (!isAttribute(value[name], 'boolean')) return false;
  const emotions = value['emotions'];
  if (!Array.isArray(emotions)) return false;
  for (const emotion of emotions as unknown[]) {
    if (!isObject(emotion) || typeof emotion['type'] !== 'string') return false;
    if (!isPercent(emotion['confidence'])) return false;
  }
  return true;
}

function isQuality(value: unknown): boolean {
  return isObject(value) && isPercent(value['brightness']) && isPercent(value['sharpness']);
}

function isBoundingBox(value: unknown): boolean {
  return (
    isObject(value) &&
    inRange(value['width'], 0, 1) &&
    inRange(value['height'], 0, 1) &&
    inRange(value['left'], -1, 1) &&
    inRange(value['top'], -1, 1)
  );
}

/** `check(face[key])`, or for a face without one, the key absent (valibot's `exactOptional`). */
function has(face: Fields, key: string, required: boolean, check: (value: unknown) => boolean) {
  if (!required && !(key in face)) return true;
  return check(face[key]);
}

function isFace(value: unknown): boolean {
  if (!isObject(value)) return false;
  const detected = value['face_detected'];
  if (detected !== true && detected !== false) return false;
  return (
    typeof value['message'] === 'string' &&
    typeof value['multiface_detected'] === 'boolean' &&
    has(value, 'details', detected, isDetails) &&
    has(value, 'quality', detected, isQuality) &&
    has(value, 'confidence', detected, isPercent) &&
    has(value, 'bounding_box', detected, isBoundingBox)
  );
}

/** Whether `json` is a valid response, checked in place without allocating. */
function conforms(json: unknown): json is LivenessResponse {
  if (!isObject(json)) return false;
  const entity = json['entity'];
  if (!isObject(entity)) return false;
  const liveness = entity['liveness'];
  return (
    isObject(liveness) &&
    typeof liveness['liveness_check'] === 'boolean' &&
    isPercent(liveness['liveness_probability']) &&
    isFace(entity['face'])
  );
}

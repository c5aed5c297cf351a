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

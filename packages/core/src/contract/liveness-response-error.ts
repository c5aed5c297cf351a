/** One problem found in a liveness response. */
export interface LivenessResponseIssue {
  /** Where, as a dotted path with array indices in brackets, e.g. `entity.face.details.emotions[0].type`; `''` for the root. */
  readonly path: string;
  /** What was wrong, e.g. `expected a number <= 100 but received 150`. */
  readonly message: string;
}

/**
 * Thrown by `parseLivenessResponse()` when a body does not match the documented contract.
 * `path` and the message name the first offending field; `issues` lists them all.
 */
export class LivenessResponseError extends Error {
  override readonly name = 'LivenessResponseError';
  /** Path of the first offending field, e.g. `entity.liveness.liveness_probability`. */
  readonly path: string;
  /** Every problem found, first one first. Never empty. */
  readonly issues: readonly LivenessResponseIssue[];

  constructor(issues: readonly [LivenessResponseIssue, ...LivenessResponseIssue[]]) {
    const [first] = issues;
    const where = first.path === '' ? 'the response' : first.path;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`Invalid liveness response: ${where}: ${first.message}${more}`);
    this.path = first.path;
    this.issues = issues;
  }
}

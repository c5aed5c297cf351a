/** The onboarding steps, in order. */
export const STEPS = ['welcome', 'consent', 'selfie', 'result'] as const;

export type StepId = (typeof STEPS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** 1-based position of `step` in the flow, for "Step 2 of 4". */
export function stepPosition(step: StepId): number {
  return STEPS.indexOf(step) + 1;
}

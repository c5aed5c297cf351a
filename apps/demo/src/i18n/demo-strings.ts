import type { BooleanFaceAttribute } from '@liveframe/core';
import type { StepId } from '../flow/steps.js';

/**
 * Every string the demo page shows, outside the `<LivenessCapture>` component (which brings its
 * own catalogs). One object per language; the type makes a missing string a compile error.
 */
export interface DemoStrings {
  readonly documentTitle: string;
  readonly brand: string;
  readonly demoBadge: string;
  readonly skipToContent: string;
  readonly languageLabel: string;
  readonly languageNames: Readonly<Record<'en' | 'fr', string>>;
  readonly progressLabel: string;
  readonly stepNames: Readonly<Record<StepId, string>>;
  readonly stepOf: (position: number, total: number) => string;
  readonly back: string;
  readonly footer: string;

  readonly welcome: {
    readonly heading: string;
    readonly lead: string;
    readonly needHeading: string;
    readonly needs: readonly string[];
    readonly duration: string;
    readonly start: string;
  };

  readonly consent: {
    readonly heading: string;
    readonly lead: string;
    readonly sections: readonly { readonly title: string; readonly body: string }[];
    readonly checkbox: string;
    readonly missing: string;
    readonly continue: string;
  };

  readonly selfie: {
    readonly heading: string;
    readonly lead: string;
    readonly tips: readonly string[];
    readonly scenarioNotice: (scenario: string) => string;
  };

  readonly result: {
    readonly passHeading: string;
    readonly passLead: string;
    readonly retryHeading: string;
    readonly retryLead: string;
    readonly reasonsHeading: string;
    readonly tryAgain: string;
    readonly startOver: string;
    readonly endpointHeading: string;
    readonly endpointLead: string;
    readonly frameHeading: string;
    readonly frameAlt: string;
    readonly frameMissing: string;
    readonly faceBoxLabel: string;
    readonly livenessProbability: string;
    readonly livenessThreshold: (threshold: string) => string;
    readonly livenessCheck: string;
    readonly faceHeading: string;
    readonly faceDetected: string;
    readonly faceConfidence: string;
    readonly multipleFaces: string;
    readonly noFaceDetails: string;
    readonly ageRange: string;
    readonly ageRangeValue: (low: number, high: number) => string;
    readonly gender: string;
    readonly genderValues: Readonly<Record<string, string>>;
    readonly attributesHeading: string;
    readonly attributes: Readonly<Record<BooleanFaceAttribute, string>>;
    readonly yes: string;
    readonly no: string;
    readonly confidence: (percent: string) => string;
    readonly qualityHeading: string;
    readonly brightness: string;
    readonly sharpness: string;
    readonly emotionsHeading: string;
    readonly emotionNames: Readonly<Record<string, string>>;
    readonly rawHeading: string;
  };
}

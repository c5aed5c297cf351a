import WebcamModule from 'react-webcam';

/**
 * react-webcam's component. The package is CommonJS: under NodeNext typing its default import is
 * the module object, whose `default` is the class; bundlers hand over the class itself.
 */
export const Webcam = ((WebcamModule as unknown as { default?: typeof WebcamModule.default })
  .default ?? WebcamModule) as typeof WebcamModule.default;

export type WebcamInstance = InstanceType<typeof Webcam>;

import WebcamModule from 'react-webcam';

/** react-webcam's component class. */
export type WebcamComponent = typeof WebcamModule.default;
/** A mounted react-webcam (its `video` is the `<video>` element). */
export type WebcamInstance = InstanceType<WebcamComponent>;
/** The props react-webcam accepts. */
export type WebcamProps = React.ComponentProps<WebcamComponent>;

/**
 * react-webcam is a CommonJS bundle with an `__esModule` default export: bundlers hand out the
 * class itself, Node's ESM loader the `exports` object holding it. This works with both.
 */
export const Webcam: WebcamComponent =
  (WebcamModule as unknown as { default?: WebcamComponent }).default ??
  (WebcamModule as unknown as WebcamComponent);

import type { ComponentType, RefAttributes } from 'react';
import WebcamModule from 'react-webcam';
import type { WebcamInstance, WebcamProps } from './webcam-types.js';

/** react-webcam's `<Webcam>`, typed with LiveFrame's own declaration of its props. */
export type WebcamComponent = ComponentType<Partial<WebcamProps> & RefAttributes<WebcamInstance>>;

/**
 * react-webcam is a CommonJS bundle with an `__esModule` default export: bundlers hand out the
 * class itself, Node's ESM loader the `exports` object holding it. This works with both.
 */
export const Webcam = ((WebcamModule as unknown as { default?: unknown }).default ??
  WebcamModule) as WebcamComponent;

import type { HTMLProps } from 'react';

/**
 * A mounted react-webcam `<Webcam>`: what LiveFrame reads from it. Declared here, like
 * {@link WebcamProps}, so LiveFrame's published types never load react-webcam's, which do not
 * compile under `@types/react` 19 with `skipLibCheck: false` (they use the global `JSX`).
 */
export interface WebcamInstance {
  /** The `<video>` element showing the camera. */
  readonly video: HTMLVideoElement | null;
  /** The camera stream, once open. */
  readonly stream: MediaStream | null;
}

/** The props of react-webcam's `<Webcam>` (7.x), except its render-prop `children`. */
export type WebcamProps = Omit<HTMLProps<HTMLVideoElement>, 'ref' | 'children'> & {
  audio: boolean;
  audioConstraints?: MediaStreamConstraints['audio'];
  disablePictureInPicture: boolean;
  forceScreenshotSourceSize: boolean;
  imageSmoothing: boolean;
  mirrored: boolean;
  minScreenshotHeight?: number;
  minScreenshotWidth?: number;
  onUserMedia: (stream: MediaStream) => void;
  onUserMediaError: (error: string | DOMException) => void;
  screenshotFormat: 'image/webp' | 'image/png' | 'image/jpeg';
  screenshotQuality: number;
  videoConstraints?: MediaStreamConstraints['video'];
};

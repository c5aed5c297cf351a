import type { LivenessSession, MessageCatalog, ReasonCode, SessionStatus } from '@liveframe/core';
import type {
  ButtonHTMLAttributes,
  ChangeEvent,
  HTMLAttributes,
  MouseEvent,
  SelectHTMLAttributes,
} from 'react';
import { chainHandlers } from './chain-handlers.js';
import type { WebcamInstance, WebcamProps } from './webcam-types.js';

/**
 * Props of the root element: the DOM contract's `data-liveframe-state`, and the `lang` and `dir`
 * of the messages; also `aria-busy` while the messages load (`messagesLoading`).
 */
export type RootProps<P> = P & {
  'data-liveframe-state': SessionStatus;
  role: 'group';
  'aria-label': string;
  lang: string;
  dir: string;
};

/** Props of the guidance element: a polite live region with `data-reason`. */
export type StatusProps<P> = P & {
  id: string;
  role: 'status';
  'aria-live': 'polite';
  'aria-atomic': true;
  /** The reason code shown, or `''`. */
  'data-reason': ReasonCode | '';
};

/** Props of an action button: a real `<button type="button">` with its label as children. */
export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  type: 'button';
  disabled: boolean;
};

/** Prop getters: spread them on your own elements; pass your props in to have them merged. */
export interface PropGetters {
  /**
   * For the root element (`data-liveframe-state`, a labelled group, `lang` and `dir`, and
   * `aria-busy` while the messages load).
   */
  getRootProps<P extends HTMLAttributes<HTMLElement>>(props?: P): RootProps<P>;
  /** For the element showing `message` (`role="status"`, `aria-live="polite"`, `data-reason`). */
  getStatusProps<P extends HTMLAttributes<HTMLElement>>(props?: P): StatusProps<P>;
  /** For react-webcam's `<Webcam>`: mirrored preview, constraints, stream and errors wired to the session. */
  getWebcamProps(
    props?: Partial<WebcamProps>,
  ): Partial<WebcamProps> & { ref: (webcam: WebcamInstance | null) => void };
  /** For the start button (enabled in `idle`). */
  getStartButtonProps(props?: ButtonHTMLAttributes<HTMLButtonElement>): ButtonProps;
  /** For the capture button (enabled while framing is good). */
  getCaptureButtonProps(props?: ButtonHTMLAttributes<HTMLButtonElement>): ButtonProps;
  /** For the retry button (enabled in `retry` once any wait is over, and in `error`). */
  getRetryButtonProps(props?: ButtonHTMLAttributes<HTMLButtonElement>): ButtonProps;
  /** For a `<select>` of `cameras` (render it when there are several). */
  getCameraSelectProps(
    props?: SelectHTMLAttributes<HTMLSelectElement>,
  ): SelectHTMLAttributes<HTMLSelectElement> & {
    value: string;
    'aria-label': string;
  };
}

interface GetterInput {
  session: LivenessSession;
  statusId: string;
  state: SessionStatus;
  reason: ReasonCode | null;
  messages: MessageCatalog;
  messagesLoading: boolean;
  locale: string;
  dir: 'ltr' | 'rtl';
  canCapture: boolean;
  waitSeconds: number;
  deviceId: string | null;
}

/** The prop getters for one render of `useLivenessCapture`. */
export function createPropGetters(input: GetterInput): PropGetters {
  const { session, statusId, state, reason, messages } = input;
  const snapshot = session.getSnapshot();

  const button = (
    props: ButtonHTMLAttributes<HTMLButtonElement> | undefined,
    label: string,
    enabled: boolean,
    action: () => void,
  ): ButtonProps => ({
    children: label,
    'aria-describedby': statusId,
    ...props,
    type: 'button',
    disabled: !enabled || (props?.disabled ?? false),
    onClick: chainHandlers<MouseEvent<HTMLButtonElement>>(props?.onClick, action),
  });

  return {
    getRootProps: (props) =>
      ({
        ...props,
        role: 'group',
        'aria-label': props?.['aria-label'] ?? messages.title,
        lang: props?.lang ?? input.locale,
        dir: props?.dir ?? input.dir,
        ...(input.messagesLoading && { 'aria-busy': true }),
        'data-liveframe-state': state,
      }) as RootProps<NonNullable<typeof props>>,

    getStatusProps: (props) =>
      ({
        ...props,
        id: statusId,
        role: 'status',
        'aria-live': 'polite',
        'aria-atomic': true,
        'data-reason': reason ?? '',
      }) as StatusProps<NonNullable<typeof props>>,

    getWebcamProps: (props) => ({
      'aria-label': messages.previewLabel,
      ...props,
      audio: false,
      mirrored: true,
      muted: true,
      playsInline: true,
      videoConstraints: videoConstraints(snapshot.deviceId, snapshot.constraints),
      onUserMedia: (stream: MediaStream) => {
        props?.onUserMedia?.(stream);
        session.handleStream(stream);
      },
      onUserMediaError: (error: string | DOMException) => {
        props?.onUserMediaError?.(error);
        session.handleCameraError(error);
      },
      ref: (webcam: WebcamInstance | null) => session.attachVideo(webcam?.video ?? null),
    }),

    getStartButtonProps: (props) =>
      button(props, messages.start, state === 'idle', () => session.start()),

    getCaptureButtonProps: (props) =>
      button(props, messages.capture, input.canCapture, () => session.capture()),

    getRetryButtonProps: (props) =>
      button(
        props,
        messages.retry,
        (state === 'retry' && input.waitSeconds === 0) || state === 'error',
        () => session.retry(),
      ),

    getCameraSelectProps: (props) => ({
      ...props,
      'aria-label': props?.['aria-label'] ?? messages.chooseCamera,
      value: input.deviceId ?? '',
      disabled: (props?.disabled ?? false) || (state !== 'framing' && state !== 'retry'),
      onChange: (event: ChangeEvent<HTMLSelectElement>) => {
        props?.onChange?.(event);
        if (!event.defaultPrevented) session.selectCamera(event.target.value || null);
      },
    }),
  };
}

/** Front camera at up to 1280x720; after an `OverconstrainedError`, any camera at all. */
function videoConstraints(
  deviceId: string | null,
  constraints: 'ideal' | 'relaxed',
): MediaTrackConstraints {
  if (constraints === 'relaxed') return {};
  return {
    width: { ideal: 1280 },
    height: { ideal: 720 },
    ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' }),
  };
}

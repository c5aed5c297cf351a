import { MESSAGES } from '@liveframe/core';
import type {
  CameraReason,
  FaceDetector,
  LivenessCaptureError,
  LivenessCaptureResult,
  ReasonCode,
  SessionStatus,
  TransportReason,
} from '@liveframe/core';
import type { ComponentProps } from 'react';
import type RealWebcamModule from 'react-webcam';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  LivenessCaptureProps,
  UseLivenessCaptureResult,
  WebcamInstance,
  WebcamProps,
  useLivenessCapture,
} from './index.js';
import { LivenessCapture } from './index.js';

declare const RealWebcamComponent: typeof RealWebcamModule.default;

describe('public types', () => {
  it('requires proxyUrl and types the callbacks', () => {
    // @ts-expect-error proxyUrl is required
    void (<LivenessCapture />);
    void (
      <LivenessCapture
        proxyUrl="/api/liveness"
        onResult={(result) => expectTypeOf(result).toEqualTypeOf<LivenessCaptureResult>()}
        onError={(error) => expectTypeOf(error).toEqualTypeOf<LivenessCaptureError>()}
        onStateChange={(state) => expectTypeOf(state).toEqualTypeOf<SessionStatus>()}
      />
    );
    expectTypeOf<LivenessCaptureResult['bytesSent']>().toEqualTypeOf<number>();
    expectTypeOf<LivenessCaptureResult['verdict']['outcome']>().toEqualTypeOf<'pass' | 'retry'>();
  });

  it('accepts the documented options', () => {
    expectTypeOf<LivenessCaptureProps['captureMode']>().toEqualTypeOf<
      'auto' | 'manual' | undefined
    >();
    expectTypeOf<LivenessCaptureProps['maxAttempts']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<false>().toExtend<NonNullable<LivenessCaptureProps['detector']>>();
    expectTypeOf<FaceDetector>().toExtend<NonNullable<LivenessCaptureProps['detector']>>();
    expectTypeOf<() => Promise<FaceDetector>>().toExtend<
      NonNullable<LivenessCaptureProps['detector']>
    >();
    expectTypeOf<() => Promise<Record<string, string>>>().toExtend<
      NonNullable<LivenessCaptureProps['requestHeaders']>
    >();
    expectTypeOf<LivenessCaptureProps['token']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<() => Promise<string>>().toExtend<NonNullable<LivenessCaptureProps['getToken']>>();
    expectTypeOf<() => string>().toExtend<NonNullable<LivenessCaptureProps['getToken']>>();
    void (
      <LivenessCapture
        proxyUrl="/api/liveness"
        locale="fr"
        messages={{ TOO_DARK: 'More light', capture: 'Snap' }}
        framing={{ minFaceWidth: 0.25 }}
        livenessThreshold={60}
        assetsBaseUrl="/liveframe/"
        deviceId="abc"
        className="mine"
      />
    );
    // A whole catalog is a valid `messages`: the component then loads none.
    void (<LivenessCapture proxyUrl="/x" locale="fr" messages={MESSAGES.fr} />);
    // @ts-expect-error unknown message key
    void (<LivenessCapture proxyUrl="/x" messages={{ NOT_A_KEY: 'x' }} />);
    // @ts-expect-error unknown capture mode
    void (<LivenessCapture proxyUrl="/x" captureMode="sometimes" />);
  });

  it('types the hook result', () => {
    type Result = ReturnType<typeof useLivenessCapture>;
    expectTypeOf<Result>().toEqualTypeOf<UseLivenessCaptureResult>();
    expectTypeOf<Result['state']>().toEqualTypeOf<SessionStatus>();
    expectTypeOf<Result['reason']>().toEqualTypeOf<ReasonCode | null>();
    expectTypeOf<Result['error']>().toEqualTypeOf<CameraReason | TransportReason | null>();
    expectTypeOf<Result['start']>().toEqualTypeOf<() => void>();
    expectTypeOf<Result['messagesLoading']>().toEqualTypeOf<boolean>();
    expectTypeOf<ReturnType<Result['getStatusProps']>['data-reason']>().toEqualTypeOf<
      ReasonCode | ''
    >();
    expectTypeOf<
      ReturnType<Result['getRootProps']>['data-liveframe-state']
    >().toEqualTypeOf<SessionStatus>();
    expectTypeOf<ReturnType<Result['getCaptureButtonProps']>['type']>().toEqualTypeOf<'button'>();
  });

  it('declares react-webcam’s props and instance as react-webcam does', () => {
    // react-webcam's own types (loaded here, never by the published ones) accept the getter's props.
    type RealWebcam = InstanceType<typeof RealWebcamModule.default>;
    type RealProps = ComponentProps<typeof RealWebcamModule.default>;
    type Result = ReturnType<typeof useLivenessCapture>;
    const webcam = {} as ReturnType<Result['getWebcamProps']>;
    void (<RealWebcamComponent {...webcam} />);
    expectTypeOf<RealWebcam>().toExtend<WebcamInstance>();
    expectTypeOf<Required<WebcamProps>>().toExtend<Omit<Required<RealProps>, 'children'>>();
    expectTypeOf<Omit<Required<RealProps>, 'children'>>().toExtend<Required<WebcamProps>>();
  });
});

// Compiled against the PACKED packages (scripts/check-packages.mjs), as an app installing them
// would see them: strict, `skipLibCheck: false`, once with bundler and once with Node resolution.
import type { LivenessCaptureResult } from '@liveframe/core';
import { assessLiveness, REASON_CODES } from '@liveframe/core';
import { createLivenessHandler } from '@liveframe/proxy';
import { createNodeListener } from '@liveframe/proxy/node';
import { readConfig, startProxyServer } from '@liveframe/proxy-server';
import type { ProxyConfig, RunningProxy } from '@liveframe/proxy-server';
import { redisStore } from '@liveframe/proxy-server/redis';
import { simulatorUpstream } from '@liveframe/proxy-server/simulator';
import type { WebcamInstance } from '@liveframe/react';
import { LivenessCapture, useLivenessCapture } from '@liveframe/react';
import '@liveframe/react/styles.css';

type IsAny<T> = 0 extends 1 & T ? true : false;
/** Fails to compile when `T` is `any`. */
type NotAny<T> = IsAny<T> extends true ? never : T;
const notAny = <T,>(value: NotAny<T>): T => value;

export function Custom() {
  const capture = useLivenessCapture({ proxyUrl: '/api/liveness' });
  const webcam = notAny(capture.getWebcamProps());
  notAny(webcam.videoConstraints);
  notAny(webcam.onUserMedia);
  notAny(webcam.ref);
  const ref: (instance: WebcamInstance | null) => void = webcam.ref;
  notAny(capture.getRootProps());
  notAny(capture.getStatusProps()['data-reason']);
  notAny(capture.getStartButtonProps());
  notAny(capture.getCaptureButtonProps());
  notAny(capture.getRetryButtonProps());
  notAny(capture.getCameraSelectProps());
  notAny(capture.state);
  return <div {...capture.getRootProps()} data-ref={String(ref)} />;
}

export const page = (
  <LivenessCapture
    proxyUrl="/api/liveness"
    onResult={(result) => notAny<LivenessCaptureResult>(result)}
  />
);

export const handler = createLivenessHandler({
  upstream: simulatorUpstream(),
  store: redisStore({ url: 'redis://localhost:6379' }),
});
export const config: ProxyConfig = notAny(readConfig({}));
export const server: Promise<RunningProxy> = notAny(startProxyServer(config));
export const listener = notAny(createNodeListener(handler));
export const codes = notAny(REASON_CODES);
export const judge = notAny(assessLiveness);

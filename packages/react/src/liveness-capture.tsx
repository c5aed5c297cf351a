'use client';
import { joinClassNames } from './join-class-names.js';
import type { UseLivenessCaptureOptions } from './use-liveness-capture-options.js';
import { useLivenessCapture } from './use-liveness-capture.js';
import { Webcam } from './webcam.js';

/** Props of {@link LivenessCapture}: every option of `useLivenessCapture`, plus `className`. */
export interface LivenessCaptureProps extends UseLivenessCaptureOptions {
  /** Added to the root element's class (`liveframe`). Default: none. */
  className?: string;
}

/**
 * A selfie liveness step: camera preview with an oval guide, guidance in plain words, capture
 * and retry. Import `@liveframe/react/styles.css` for the default look, or style the
 * `liveframe__*` classes yourself.
 *
 * DOM contract: the root has `data-liveframe-state`; the guidance is `role="status"` with
 * `data-reason`; actions are buttons named by their text.
 */
export function LivenessCapture({ className, ...options }: LivenessCaptureProps) {
  const capture = useLivenessCapture(options);
  const { state, messages, detail, cameras, detectorLoading } = capture;
  const framingOk = state === 'framing' && capture.canCapture;

  return (
    <div {...capture.getRootProps({ className: joinClassNames('liveframe', className) })}>
      <div className="liveframe__stage">
        {capture.isCameraOn ? (
          <Webcam
            key={capture.cameraKey}
            {...capture.getWebcamProps({ className: 'liveframe__video' })}
          />
        ) : null}
        <div className="liveframe__guide" aria-hidden="true" data-framing-ok={framingOk} />
      </div>
      <div className="liveframe__text">
        <p {...capture.getStatusProps({ className: 'liveframe__message' })}>{capture.message}</p>
        {detail !== null ? <p className="liveframe__detail">{detail}</p> : null}
        {detectorLoading !== null ? (
          <div className="liveframe__loading" data-liveframe-part="detector-loading">
            <progress
              className="liveframe__progress"
              aria-label={messages.detectorLoading}
              max={detectorLoading.total ?? undefined}
              value={detectorLoading.total === null ? undefined : detectorLoading.loaded}
            />
            <p className="liveframe__loading-text" aria-live="polite">
              {detectorLoading.announcement}
            </p>
          </div>
        ) : null}
      </div>
      <div className="liveframe__actions">
        {/* No unlabelled buttons while the messages load (`messagesLoading`). */}
        {capture.messagesLoading ? null : (
          <>
            {state === 'idle' ? (
              <button {...capture.getStartButtonProps({ className: 'liveframe__button' })} />
            ) : null}
            {state === 'framing' && capture.isManualCapture ? (
              <button {...capture.getCaptureButtonProps({ className: 'liveframe__button' })} />
            ) : null}
            {state === 'retry' || state === 'error' ? (
              <button {...capture.getRetryButtonProps({ className: 'liveframe__button' })} />
            ) : null}
            {capture.isCameraOn && cameras.length > 1 ? (
              <select {...capture.getCameraSelectProps({ className: 'liveframe__select' })}>
                {cameras.map((camera, index) => (
                  <option key={camera.deviceId} value={camera.deviceId}>
                    {camera.label || `${messages.chooseCamera} ${index + 1}`}
                  </option>
                ))}
              </select>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}

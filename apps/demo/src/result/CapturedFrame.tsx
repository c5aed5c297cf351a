import type { BoundingBox } from '@liveframe/core';
import type { DemoStrings } from '../i18n/demo-strings.js';

export interface CapturedFrameProps {
  readonly strings: DemoStrings;
  /** The frame that was sent, as a URL (a `data:` URL from the capture). */
  readonly imageSrc: string | undefined;
  /** Where the endpoint found the face, as fractions of the image. */
  readonly box: BoundingBox | undefined;
}

/**
 * The captured frame with the endpoint's face box drawn over it. The box is in fractions of the
 * image, so percentages place it right at any displayed size (physical left/top: the image does
 * not flip with the writing direction). The frame is shown as sent: not
 * mirrored, unlike the live preview.
 */
export function CapturedFrame({ strings, imageSrc, box }: CapturedFrameProps) {
  const text = strings.result;
  return (
    <figure className="frame">
      <div className="frame__canvas" data-empty={imageSrc === undefined ? 'true' : undefined}>
        {imageSrc === undefined ? (
          <p className="frame__missing">{text.frameMissing}</p>
        ) : (
          <img className="frame__image" src={imageSrc} alt={text.frameAlt} />
        )}
        {box === undefined ? null : (
          <div
            className="frame__box"
            data-testid="face-box"
            style={{
              left: `${box.left * 100}%`,
              top: `${box.top * 100}%`,
              width: `${box.width * 100}%`,
              height: `${box.height * 100}%`,
            }}
          >
            <span className="frame__box-label">{text.faceBoxLabel}</span>
          </div>
        )}
      </div>
      <figcaption className="frame__caption">{text.frameHeading}</figcaption>
    </figure>
  );
}

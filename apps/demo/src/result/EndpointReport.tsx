import { useId } from 'react';
import { BOOLEAN_FACE_ATTRIBUTES } from '@liveframe/core';
import type { FaceDetails, LivenessResponse } from '@liveframe/core';
import type { DemoStrings } from '../i18n/demo-strings.js';
import type { DemoLocale } from '../i18n/locales.js';
import { CapturedFrame } from './CapturedFrame.js';
import { formatPercent } from './format-percent.js';
import { rankEmotions } from './rank-emotions.js';
import { ScoreBar } from './ScoreBar.js';

export interface EndpointReportProps {
  readonly strings: DemoStrings;
  readonly locale: DemoLocale;
  readonly response: LivenessResponse;
  /** The frame that was sent, when the capture provides it. */
  readonly imageSrc: string | undefined;
  /** The liveness threshold the verdict used, 0..100. */
  readonly livenessThreshold: number;
}

/** Everything the liveness endpoint said, readable by a person: scores as bars, flags as yes/no. */
export function EndpointReport({
  strings,
  locale,
  response,
  imageSrc,
  livenessThreshold,
}: EndpointReportProps) {
  const text = strings.result;
  const { liveness, face } = response.entity;
  const percent = (value: number) => formatPercent(value, locale);
  const live = liveness.liveness_probability > livenessThreshold;
  const headingId = useId();

  return (
    <section className="report" aria-labelledby={headingId}>
      <h2 id={headingId} className="report__heading">
        {text.endpointHeading}
      </h2>
      <p className="muted">{text.endpointLead}</p>

      <div className="report__grid">
        <CapturedFrame strings={strings} imageSrc={imageSrc} box={face.bounding_box} />

        <div className="report__facts">
          <div className="card">
            <ScoreBar
              label={text.livenessProbability}
              value={liveness.liveness_probability}
              formatted={percent(liveness.liveness_probability)}
              marker={livenessThreshold}
              tone={live ? 'good' : 'bad'}
            />
            <p className="muted small">{text.livenessThreshold(percent(livenessThreshold))}</p>
            <dl className="facts">
              <div>
                <dt>{text.livenessCheck}</dt>
                <dd>{liveness.liveness_check ? text.yes : text.no}</dd>
              </div>
            </dl>
          </div>

          <div className="card">
            <h3 className="card__title">{text.faceHeading}</h3>
            <dl className="facts">
              <div>
                <dt>{text.faceDetected}</dt>
                <dd>{face.face_detected ? text.yes : text.no}</dd>
              </div>
              <div>
                <dt>{text.multipleFaces}</dt>
                <dd>{face.multiface_detected ? text.yes : text.no}</dd>
              </div>
              {face.confidence === undefined ? null : (
                <div>
                  <dt>{text.faceConfidence}</dt>
                  <dd>{percent(face.confidence)}</dd>
                </div>
              )}
            </dl>
            {face.details === undefined ? (
              <p className="muted">{text.noFaceDetails}</p>
            ) : (
              <FaceDetailFacts strings={strings} locale={locale} details={face.details} />
            )}
          </div>

          {face.quality === undefined ? null : (
            <div className="card">
              <h3 className="card__title">{text.qualityHeading}</h3>
              <ScoreBar
                label={text.brightness}
                value={face.quality.brightness}
                formatted={percent(face.quality.brightness)}
              />
              <ScoreBar
                label={text.sharpness}
                value={face.quality.sharpness}
                formatted={percent(face.quality.sharpness)}
              />
            </div>
          )}

          {face.details === undefined || face.details.emotions.length === 0 ? null : (
            <div className="card">
              <h3 className="card__title">{text.emotionsHeading}</h3>
              {rankEmotions(face.details.emotions).map((emotion) => (
                <ScoreBar
                  key={emotion.type}
                  label={text.emotionNames[emotion.type] ?? emotion.type}
                  value={emotion.confidence}
                  formatted={percent(emotion.confidence)}
                />
              ))}
            </div>
          )}
        </div>
      </div>

      <details className="raw">
        <summary>{text.rawHeading}</summary>
        {/* Scrollable, so focusable: keyboard users can scroll it too. */}
        <pre className="raw__json" tabIndex={0} role="region" aria-label={text.rawHeading}>
          {JSON.stringify(response, null, 2)}
        </pre>
      </details>
    </section>
  );
}

interface FaceDetailFactsProps {
  readonly strings: DemoStrings;
  readonly locale: DemoLocale;
  readonly details: FaceDetails;
}

function FaceDetailFacts({ strings, locale, details }: FaceDetailFactsProps) {
  const text = strings.result;
  const confident = (confidence: number) => text.confidence(formatPercent(confidence, locale));
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{text.ageRange}</dt>
          <dd>{text.ageRangeValue(details.age_range.low, details.age_range.high)}</dd>
        </div>
        <div>
          <dt>{text.gender}</dt>
          <dd>
            {text.genderValues[details.gender.value] ?? details.gender.value}{' '}
            <span className="muted">({confident(details.gender.confidence)})</span>
          </dd>
        </div>
      </dl>
      <h4 className="facts__subheading">{text.attributesHeading}</h4>
      <dl className="facts facts--flags">
        {BOOLEAN_FACE_ATTRIBUTES.map((key) => (
          <div key={key} data-attribute={key}>
            <dt>{text.attributes[key]}</dt>
            <dd>
              <span className="flag" data-value={details[key].value ? 'yes' : 'no'}>
                {details[key].value ? text.yes : text.no}
              </span>{' '}
              <span className="muted">({confident(details[key].confidence)})</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

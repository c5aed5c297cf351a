export interface ScoreBarProps {
  readonly label: string;
  /** 0..100. */
  readonly value: number;
  /** The value as shown to the reader, e.g. "97.3%". */
  readonly formatted: string;
  /** A 0..100 mark drawn on the bar, e.g. the liveness threshold. */
  readonly marker?: number;
  readonly tone?: 'neutral' | 'good' | 'bad';
}

/**
 * A labelled score with a horizontal bar. The number is the content; the bar is decoration and
 * hidden from assistive technology.
 */
export function ScoreBar({ label, value, formatted, marker, tone = 'neutral' }: ScoreBarProps) {
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <div className="score" data-tone={tone}>
      <div className="score__text">
        <span className="score__label">{label}</span>
        <span className="score__value">{formatted}</span>
      </div>
      <div className="score__track" aria-hidden="true">
        <div className="score__fill" style={{ inlineSize: `${clamped}%` }} />
        {marker === undefined ? null : (
          <div className="score__marker" style={{ insetInlineStart: `${marker}%` }} />
        )}
      </div>
    </div>
  );
}

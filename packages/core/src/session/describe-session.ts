import { formatMessage } from '../messages/format-message.js';
import type { MessageCatalog, MessageKey, PluralMessageKey } from '../messages/message-keys.js';
import type { ReasonCode } from '../reasons.js';
import { attemptsLeft } from './session-selectors.js';
import type { SessionState } from './session-state.js';

/** What to tell the person now. */
export interface SessionGuidance {
  /** The reason code behind the message (the DOM contract's `data-reason`), or `null`. */
  readonly reason: ReasonCode | null;
  /** The catalog key of `message`. */
  readonly key: MessageKey;
  /** The guidance, in plain words. */
  readonly message: string;
  /**
   * A second line, or `null`: attempts left (retry), the rate-limit countdown (retry while
   * waiting), or what to do next (failed).
   */
  readonly detail: string | null;
}

/**
 * The guidance for `state`, from `messages` (see `resolveMessages`), numbers and plurals in
 * `locale` (default `'en'`). Pure.
 */
export function describeSession(
  state: SessionState,
  messages: MessageCatalog,
  locale = 'en',
): SessionGuidance {
  const say = (
    key: Exclude<MessageKey, PluralMessageKey>,
    reason: ReasonCode | null = null,
    detail: string | null = null,
  ) => ({
    reason,
    key,
    message: messages[key],
    detail,
  });
  switch (state.status) {
    case 'idle':
      // The intro promises an automatic photo: in manual mode, say what to do instead.
      return say(
        state.config.captureMode === 'auto' && state.detector !== 'off' ? 'intro' : 'manualHint',
      );
    case 'starting':
      return say('starting');
    case 'framing':
      if (!state.analysed) return say('starting');
      if (state.reason) return say(state.reason, state.reason);
      if (state.config.captureMode === 'auto' && state.detector === 'ready') {
        return say('framingGood');
      }
      // Light and sharpness are fine; the face check waits for the detector.
      if (state.config.captureMode === 'auto' && state.detector === 'loading') {
        return say('detectorLoading');
      }
      return say('manualHint');
    case 'capturing':
      return say('capturing');
    case 'submitting':
      return say('submitting');
    case 'passed':
      return say('passed');
    case 'retry': {
      const reason = state.reasons[0] ?? null;
      const detail =
        state.waitSeconds > 0
          ? // `{seconds}` too, for overrides written before the countdown had plural forms.
            formatMessage(
              messages.waitSeconds,
              { count: state.waitSeconds, seconds: state.waitSeconds },
              locale,
            )
          : formatMessage(messages.attemptsLeft, { count: attemptsLeft(state) }, locale);
      return say(reason ?? 'retry', reason, detail);
    }
    case 'failed':
      return say('failed', state.reasons[0] ?? null, messages.failedHint);
    case 'error':
      return say(state.reason, state.reason);
  }
}

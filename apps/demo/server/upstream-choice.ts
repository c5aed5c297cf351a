/** Which upstream the demo's proxy calls, decided from the environment. */
export type UpstreamChoice =
  | { readonly kind: 'simulator' }
  | {
      readonly kind: 'dojah';
      readonly appId: string;
      readonly secretKey: string;
      readonly baseUrl: string | undefined;
    };

/** The environment variables `chooseUpstream` reads (the same names as `liveframe-proxy`). */
export interface UpstreamEnv {
  readonly DOJAH_APP_ID?: string | undefined;
  readonly DOJAH_SECRET_KEY?: string | undefined;
  readonly DOJAH_BASE_URL?: string | undefined;
  readonly LIVEFRAME_UPSTREAM?: string | undefined;
  /** Signs the demo's capture tokens; a random one per server start when unset. */
  readonly LIVEFRAME_TOKEN_SECRET?: string | undefined;
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/**
 * Dojah when both `DOJAH_APP_ID` and `DOJAH_SECRET_KEY` are set, else the simulator, as the
 * `liveframe-proxy` CLI decides. `LIVEFRAME_UPSTREAM` (`dojah` or `simulator`) forces a choice.
 * Throws a `TypeError` naming the variable when the configuration cannot work.
 */
export function chooseUpstream(env: UpstreamEnv): UpstreamChoice {
  const appId = present(env.DOJAH_APP_ID);
  const secretKey = present(env.DOJAH_SECRET_KEY);
  const forced = present(env.LIVEFRAME_UPSTREAM)?.toLowerCase();

  if (forced !== undefined && forced !== 'dojah' && forced !== 'simulator') {
    throw new TypeError(
      `LIVEFRAME_UPSTREAM must be "dojah" or "simulator", got "${env.LIVEFRAME_UPSTREAM ?? ''}".`,
    );
  }
  if (forced === 'simulator') return { kind: 'simulator' };
  if (appId !== undefined && secretKey !== undefined) {
    return { kind: 'dojah', appId, secretKey, baseUrl: present(env.DOJAH_BASE_URL) };
  }
  if (forced === 'dojah') {
    const missing = [
      appId === undefined ? 'DOJAH_APP_ID' : '',
      secretKey === undefined ? 'DOJAH_SECRET_KEY' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    throw new TypeError(`LIVEFRAME_UPSTREAM=dojah needs ${missing}.`);
  }
  return { kind: 'simulator' };
}

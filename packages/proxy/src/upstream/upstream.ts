import type { ImageMime } from '../image/sniff-image.js';

/** The checked image the handler hands to an upstream. */
export interface UpstreamImage {
  /** Standard Base64 as ASCII bytes, without any `data:` prefix. */
  readonly base64: Uint8Array;
  /** The decoded bytes. */
  readonly bytes: Uint8Array;
  /** The decoded image's size in bytes. */
  readonly byteLength: number;
  readonly mime: ImageMime;
  /** Width from the image header, in pixels. */
  readonly width: number;
  /** Height from the image header, in pixels. */
  readonly height: number;
}

export interface UpstreamContext {
  /** Aborts when the client goes away; upstreams stop their work when it fires. */
  signal: AbortSignal;
  /** The `X-LiveFrame-Scenario` header, for the simulator; real upstreams never forward it. */
  scenario?: string;
}

/** A 200 answer from the liveness endpoint: the raw JSON text, validated by the handler. */
export interface UpstreamReply {
  body: string;
}

/** A liveness provider: `check` resolves with its 200 body or rejects with an `UpstreamError`. */
export interface Upstream {
  /** Shown by `GET /healthz` and in log lines, e.g. `dojah` or `simulator`. */
  readonly name: string;
  /** Each call costs money: the handler needs `captureTokens`, `authorize` or `open: true`. */
  readonly paid?: boolean;
  /** Answers are made up (the simulator): every response carries `X-LiveFrame-Simulated: 1`. */
  readonly simulated?: boolean;
  check(image: UpstreamImage, context: UpstreamContext): Promise<UpstreamReply>;
}

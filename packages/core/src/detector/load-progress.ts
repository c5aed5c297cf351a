/** How much of the face detector has arrived. */
export interface DetectorLoadProgress {
  /** Bytes received so far (as decoded by the browser). */
  readonly loaded: number;
  /**
   * Bytes expected in all, or `null` when a file's length is unknown (no `Content-Length`, or a
   * compressed response, whose length counts compressed bytes).
   */
  readonly total: number | null;
}

/** Called as the detector's files arrive. */
export type DetectorProgressListener = (progress: DetectorLoadProgress) => void;

/** Fetches several files at once and reports their combined progress. */
export class ProgressTracker {
  readonly #listener: DetectorProgressListener | undefined;
  readonly #loaded: number[] = [];
  readonly #totals: (number | null)[] = [];
  readonly #files: number;

  /** `files`: how many files will be read; the total is known once each has answered. */
  constructor(listener: DetectorProgressListener | undefined, files: number) {
    this.#listener = listener;
    this.#files = files;
  }

  /** The body of `response` read to the end, counted as it streams. */
  async read(response: Response): Promise<ArrayBuffer> {
    const index = this.#loaded.length;
    this.#loaded.push(0);
    this.#totals.push(expectedLength(response));
    if (!response.body || !this.#listener) {
      const buffer = await response.arrayBuffer();
      this.#loaded[index] = buffer.byteLength;
      this.#report();
      return buffer;
    }
    const chunks: Uint8Array[] = [];
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      this.#loaded[index]! += value.byteLength;
      this.#report();
    }
    const bytes = new Uint8Array(this.#loaded[index]!);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes.buffer;
  }

  #report(): void {
    const loaded = this.#loaded.reduce((sum, n) => sum + n, 0);
    let total: number | null = this.#totals.length < this.#files ? null : 0;
    for (const length of this.#totals) {
      total = length === null || total === null ? null : total + length;
    }
    this.#listener?.({ loaded, total });
  }
}

function expectedLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding !== 'identity') return null;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

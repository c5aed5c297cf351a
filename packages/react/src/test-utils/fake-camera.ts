import { vi } from 'vitest';

/** A MediaStreamTrack stand-in whose `stop()` is a spy. */
export interface FakeTrack {
  kind: 'video';
  readyState: 'live' | 'ended';
  stop: ReturnType<typeof vi.fn>;
  addEventListener: ReturnType<typeof vi.fn>;
  removeEventListener: ReturnType<typeof vi.fn>;
}

export function fakeStream(): { stream: MediaStream; track: FakeTrack } {
  const track: FakeTrack = {
    kind: 'video',
    readyState: 'live',
    stop: vi.fn(() => {
      track.readyState = 'ended';
    }),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  let tracks: FakeTrack[] = [track];
  const stream = {
    id: `stream-${Math.random()}`,
    active: true,
    getTracks: () => [...tracks],
    getVideoTracks: () => [...tracks],
    getAudioTracks: () => [],
    removeTrack: (t: FakeTrack) => {
      tracks = tracks.filter((x) => x !== t);
    },
  } as unknown as MediaStream;
  return { stream, track };
}

/** A DOMException-like camera error, as `getUserMedia` rejects with. */
export function cameraError(name: string): Error {
  const error = new Error(`${name} (test)`);
  error.name = name;
  return error;
}

export interface FakeCamera {
  getUserMedia: ReturnType<typeof vi.fn>;
  /** Every stream handed out, in order. */
  streams: { stream: MediaStream; track: FakeTrack }[];
}

/**
 * Installs `navigator.mediaDevices` with a `getUserMedia` that answers with `answers` in turn
 * (an error name rejects; `'ok'` resolves a fresh fake stream; the last answer repeats).
 */
export function installCamera(
  answers: ('ok' | string)[] = ['ok'],
  cameras: { deviceId: string; label: string }[] = [{ deviceId: 'front', label: 'Front camera' }],
): FakeCamera {
  const streams: FakeCamera['streams'] = [];
  let call = 0;
  const getUserMedia = vi.fn(async () => {
    const answer = answers[Math.min(call, answers.length - 1)] ?? 'ok';
    call += 1;
    if (answer !== 'ok') throw cameraError(answer);
    const made = fakeStream();
    streams.push(made);
    return made.stream;
  });
  const enumerateDevices = vi.fn(async () =>
    cameras.map((c) => ({ ...c, kind: 'videoinput', groupId: 'g', toJSON: () => c })),
  );
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    writable: true,
    value: { getUserMedia, enumerateDevices },
  });
  return { getUserMedia, streams };
}

export function removeCamera(): void {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    writable: true,
    value: undefined,
  });
}

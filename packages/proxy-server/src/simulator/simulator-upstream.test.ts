import { parseLivenessResponse } from '@liveframe/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLivenessHandler } from '@liveframe/proxy';
import type { LivenessResultEvent, LogEntry } from '@liveframe/proxy';
import { errorOf, liveRequest } from '../../../proxy/src/test-utils/harness.js';
import {
  checkerboard,
  flat,
  makeJpeg,
  makePng,
  toBase64,
} from '../../../proxy/src/test-utils/images.js';
import { SIMULATOR_WARNING, simulatorUpstream } from './simulator-upstream.js';

const SHARP = toBase64(makePng({ width: 96, height: 96, paint: checkerboard }));

function simulator(timeoutMs = 15_000) {
  const warn = vi.fn();
  const events: LivenessResultEvent[] = [];
  const handler = createLivenessHandler({
    upstream: simulatorUpstream({ warn, timeoutMs }),
    logger: false,
    rateLimit: false,
    onResult: (event) => {
      events.push(event);
    },
  });
  const check = (scenario?: string, image = SHARP) =>
    handler(
      liveRequest({
        image,
        headers: scenario === undefined ? {} : { 'X-LiveFrame-Scenario': scenario },
      }),
    );
  return { handler, warn, events, check };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('simulatorUpstream', () => {
  it('says loudly at start that it is not a liveness check', () => {
    const { warn } = simulator();
    expect(warn).toHaveBeenCalledWith(SIMULATOR_WARNING);
    expect(SIMULATOR_WARNING).toMatch(/NOT a liveness check/);
  });

  it.each([
    [undefined, 'pass', []],
    ['pass', 'pass', []],
    ['spoof', 'retry', ['LIVENESS_FAILED']],
    ['no-face', 'retry', ['NO_FACE', 'LIVENESS_FAILED']],
    ['multi-face', 'retry', ['MULTIPLE_FACES', 'LIVENESS_FAILED']],
    ['dark', 'retry', ['TOO_DARK', 'LIVENESS_FAILED']],
    ['blurry', 'retry', ['BLURRY', 'LIVENESS_FAILED']],
    ['  Spoof ', 'retry', ['LIVENESS_FAILED']],
  ])(
    'scenario %j answers in the endpoint shape with verdict %s %j',
    async (scenario, outcome, reasons) => {
      const { check, events } = simulator();
      const response = await check(scenario);
      expect(response.status).toBe(200);
      const body = parseLivenessResponse(await response.json());
      expect(body.entity.liveness.liveness_check).toBe(outcome === 'pass');
      expect(events[0]?.verdict).toMatchObject({ outcome, reasons });
    },
  );

  it.each([
    ['server-error', 502, 'UPSTREAM_ERROR'],
    ['nonsense', 400, 'BAD_REQUEST'],
  ])('scenario %s answers %i %s', async (scenario, status, code) => {
    const { check } = simulator();
    const response = await check(scenario);
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  });

  it('scenario timeout answers 504 after timeoutMs', async () => {
    vi.useFakeTimers();
    const { check } = simulator(2000);
    const pending = check('timeout');
    await vi.advanceTimersByTimeAsync(2000);
    const response = await pending;
    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe('TIMEOUT');
  });

  it('measures real brightness and sharpness from JPEG and PNG pixels', async () => {
    const { check } = simulator();
    const quality = async (image: Uint8Array) => {
      const body = parseLivenessResponse(await (await check('pass', toBase64(image))).json());
      if (!body.entity.face.face_detected) throw new Error('expected a face');
      return body.entity.face.quality;
    };
    const bright = await quality(makePng({ width: 64, height: 64, paint: flat(230) }));
    const dark = await quality(makePng({ width: 64, height: 64, paint: flat(20) }));
    const sharp = await quality(makeJpeg({ width: 96, height: 96, paint: checkerboard }));
    expect(bright.brightness).toBeCloseTo((230 / 255) * 100, 0);
    expect(dark.brightness).toBeCloseTo((20 / 255) * 100, 0);
    expect(bright.sharpness).toBe(0);
    expect(sharp.sharpness).toBeGreaterThan(90);
    expect(sharp.brightness).toBeGreaterThan(40);
    expect(sharp.brightness).toBeLessThan(60);
  });

  it('rejects an image whose header is fine but whose pixels do not decode', async () => {
    const { check } = simulator();
    const png = makePng({ width: 64, height: 64 });
    const broken = png.slice(0, 40);
    const response = await check('pass', toBase64(broken));
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe('IMAGE_REJECTED');
  });
});

// Moved from @liveframe/proxy's handler/hardening.test.ts (item 11) and capture-sessions.test.ts.
describe('the simulator decodes only images within its pixel budget', () => {
  it('refuses a small file that would decode to over 4 MP, before decoding it', async () => {
    const logs: LogEntry[] = [];
    const handler = createLivenessHandler({
      upstream: simulatorUpstream({ warn: () => undefined }),
      logger: (entry) => logs.push(entry),
    });
    const big = makePng({ width: 2100, height: 2000, paint: flat(128) });
    expect(big.byteLength).toBeLessThan(100_000);
    const refused = await handler(liveRequest({ image: toBase64(big) }));
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).message).toMatch(/at most 4 megapixels/);
    expect(refused.headers.get('x-liveframe-simulated')).toBe('1');
    const fine = makePng({ width: 1280, height: 960, paint: flat(128) });
    expect((await handler(liveRequest({ image: toBase64(fine) }))).status).toBe(200);
  });
});

describe('authorize with the simulator', () => {
  it('passes even an immutable Response through, marked as simulated', async () => {
    const handler = createLivenessHandler({
      upstream: simulatorUpstream({ warn: () => undefined }),
      authorize: () => Response.redirect('https://app.example/login', 303),
      logger: false,
    });
    const response = await handler(liveRequest());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://app.example/login');
    expect(response.headers.get('x-liveframe-simulated')).toBe('1');
  });
});

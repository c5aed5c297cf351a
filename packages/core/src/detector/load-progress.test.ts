import { describe, expect, it, vi } from 'vitest';
import { ProgressTracker } from './load-progress.js';

function response(chunks: string[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

describe('ProgressTracker', () => {
  it('reports bytes received of the total once every file has answered', async () => {
    const listener = vi.fn();
    const tracker = new ProgressTracker(listener, 2);
    const first = await tracker.read(response(['ab', 'cd'], { 'content-length': '4' }));
    expect(new TextDecoder().decode(first)).toBe('abcd');
    expect(listener).toHaveBeenLastCalledWith({ loaded: 4, total: null });
    await tracker.read(response(['xyz'], { 'content-length': '3' }));
    expect(listener).toHaveBeenLastCalledWith({ loaded: 7, total: 7 });
  });

  it('has no total when a file is compressed or has no length', async () => {
    const listener = vi.fn();
    const tracker = new ProgressTracker(listener, 2);
    await tracker.read(response(['ab'], { 'content-length': '2' }));
    await tracker.read(response(['cd'], { 'content-length': '1', 'content-encoding': 'gzip' }));
    expect(listener).toHaveBeenLastCalledWith({ loaded: 4, total: null });
  });
});

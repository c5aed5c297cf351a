import { afterEach, describe, expect, it, vi } from 'vitest';
import { runtimeLogLine, withQuietRuntime } from './runtime-log.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runtimeLogLine', () => {
  it.each([
    ['INFO: Created TensorFlow Lite XNNPACK delegate for CPU.', false],
    [
      'I1205 17:42:06.448000 2136208 gl_context_webgl.cc:91] Couldn’t create webGL 2 context.',
      false,
    ],
    ['W1205 17:42:06.460000 2136208 gl_context_webgl.cc:116] Creating a context failed', false],
    ['Graph successfully started running.', false],
    ['E1205 17:42:06.460000 2136208 calculator_graph.cc:10] Graph has errors', true],
    ['F1205 17:42:06.460000 2136208 calculator_graph.cc:10] Check failed', true],
    ['ERROR: failed to prepare the interpreter', true],
  ])('%s -> console.error: %s', (line, shown) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    runtimeLogLine(line);
    expect(error).toHaveBeenCalledTimes(shown ? 1 : 0);
  });
});

describe('withQuietRuntime', () => {
  const glogWarning =
    'W1205 17:45:41.343000 2136208 gl_context.cc:1118] OpenGL error checking is disabled';

  it('holds back glog lines written with console.warn while the task runs, and nothing else', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = withQuietRuntime(() => {
      console.warn(glogWarning);
      console.warn('[app] something else', 1);
      return 42;
    });
    expect(result).toBe(42);
    expect(warn.mock.calls).toEqual([['[app] something else', 1]]);
    console.warn(glogWarning);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('restores console.warn after an async task settles, and after a throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let finish!: () => void;
    const task = withQuietRuntime(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(console.warn).not.toBe(warn);
    finish();
    await task;
    expect(console.warn).toBe(warn);
    expect(() =>
      withQuietRuntime(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(console.warn).toBe(warn);
  });
});

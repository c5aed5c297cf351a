/**
 * Where the MediaPipe wasm runtime's output goes (its Emscripten `print`/`printErr`). MediaPipe and
 * TFLite report progress there (`INFO: Created TensorFlow Lite XNNPACK delegate for CPU.`, glog
 * `I`/`W` lines about GL contexts): notes for their developers, kept out of the integrator's
 * console. Errors (glog `E`/`F`, TFLite `ERROR:`) still reach `console.error`.
 */
export function runtimeLogLine(line: string): void {
  if (/^(?:[EF]\d{4} |ERROR: )/.test(line)) console.error(line);
}

/**
 * The Emscripten module options tasks-vision picks up from `self.Module` when it instantiates
 * the runtime (it adds its own `locateFile` and clears `self.Module` afterwards).
 */
export interface RuntimeModuleHooks {
  print: (line: string) => void;
  printErr: (line: string) => void;
}

export const runtimeModuleHooks = (): RuntimeModuleHooks => ({
  print: runtimeLogLine,
  printErr: runtimeLogLine,
});

/** A glog info or warning line, e.g. `W1205 17:42:06.460000 2136208 gl_context.cc:1118] ...`. */
const GLOG_NOTE = /^[IW]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [\w./-]+:\d+\] /;

let depth = 0;
let quiet: typeof console.warn | undefined;
let original: typeof console.warn | undefined;

/**
 * Runs `task` (a MediaPipe call) with its glog notes kept out of the console: the runtime writes
 * some with `console.warn` directly, past the `print` hooks. Only lines in glog's format are held
 * back, and only while `task` runs; any other warning passes through.
 */
export function withQuietRuntime<T>(task: () => T): T {
  if (depth === 0) {
    const passOn = console.warn;
    original = passOn;
    quiet = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && GLOG_NOTE.test(args[0])) return;
      passOn.apply(console, args);
    };
    console.warn = quiet;
  }
  depth += 1;
  const done = () => {
    depth -= 1;
    if (depth > 0) return;
    // Put the original back unless someone replaced ours meanwhile.
    if (console.warn === quiet && original !== undefined) console.warn = original;
    quiet = original = undefined;
  };
  try {
    const result = task();
    if (result instanceof Promise) return result.finally(done) as T;
    done();
    return result;
  } catch (error) {
    done();
    throw error;
  }
}

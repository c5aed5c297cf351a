/**
 * Whether this page can create a WebGL context. MediaPipe Tasks hands every image to its graph
 * as a WebGL texture, even with the CPU delegate, so without WebGL (GPU blocklisted, WebGL turned
 * off, headless Firefox without a GL driver) it loads but fails on every frame.
 */
export function supportsWebGl(): boolean {
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1)
      : globalThis.document?.createElement('canvas');
  if (canvas === undefined) return false;
  try {
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
      WebGLRenderingContext | WebGL2RenderingContext | null;
    // Hand the context back now rather than at garbage collection: browsers cap live contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

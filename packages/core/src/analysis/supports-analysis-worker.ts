/** True where frames can be analysed in a module worker (Worker, OffscreenCanvas, ImageBitmap). */
export function supportsAnalysisWorker(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof createImageBitmap === 'function'
  );
}

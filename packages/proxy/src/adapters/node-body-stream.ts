import type { IncomingMessage } from 'node:http';

/** A Node request body as a Web stream, read on demand (one chunk ahead, with back-pressure). */
export interface NodeBodyStream {
  stream: ReadableStream<Uint8Array>;
  /** Stops delivering the body and throws away whatever is still to come. */
  discard(): void;
}

/**
 * Wraps an `IncomingMessage` in a pull-based `ReadableStream`. Unlike `Readable.toWeb`,
 * cancelling it does not destroy the socket, so a 413 can still be sent after the reader stops.
 */
export function nodeBodyStream(req: IncomingMessage): NodeBodyStream {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let settled = false;

  const onData = (chunk: Buffer): void => {
    if (settled || controller === undefined) return;
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((controller.desiredSize ?? 0) <= 0) req.pause();
  };
  const onEnd = (): void => {
    if (settled) return;
    settled = true;
    controller?.close();
  };
  const onClose = (): void => {
    if (settled || req.readableEnded) return;
    settled = true;
    controller?.error(new Error('The client closed the connection before sending the body.'));
  };

  function discard(): void {
    settled = true;
    req.off('data', onData);
    req.resume();
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        req.on('data', onData);
        req.pause();
        req.once('end', onEnd);
        req.once('close', onClose);
        req.once('error', onClose);
        // Already gone (the client left before anyone read the body): no event will come.
        if (req.destroyed) onClose();
      },
      pull() {
        if (!settled) req.resume();
      },
      cancel() {
        discard();
      },
    },
    { highWaterMark: 1 },
  );
  return { stream, discard };
}

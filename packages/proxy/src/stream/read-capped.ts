/**
 * Reads a body stream into one array. `check` sees each chunk with the running total and throws
 * to stop (a cap passed): the stream is then cancelled, so at most one chunk past a cap is held.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  check: (chunk: Uint8Array, total: number) => void,
): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      total += read.value.byteLength;
      check(read.value, total);
      chunks.push(read.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

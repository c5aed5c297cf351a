/**
 * The image of a liveness request body (`{ "image": "<base64>" }`, as `checkLiveness` sends it)
 * as a URL an `<img>` can show, or `undefined` when the body is not such a request. Raw Base64
 * gets a `data:` prefix chosen from its first bytes (JPEG or PNG); a `data:image/` URL is kept.
 */
export function sentImageSrc(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  let image: unknown;
  try {
    image = (JSON.parse(body) as { image?: unknown } | null)?.image;
  } catch {
    return undefined;
  }
  if (typeof image !== 'string' || image === '') return undefined;
  if (image.startsWith('data:image/')) return image;
  if (image.startsWith('/9j/')) return `data:image/jpeg;base64,${image}`;
  if (image.startsWith('iVBORw0KGgo')) return `data:image/png;base64,${image}`;
  return undefined;
}

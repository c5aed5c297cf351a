import { ProxyError } from '../errors/proxy-error.js';
import { sniffImage } from '../image/sniff-image.js';
import type { UpstreamImage } from '../upstream/upstream.js';
import { decodeBase64 } from './decode-base64.js';

/** Bounds on the header dimensions of an accepted image. */
export interface ImageDimensionLimits {
  /** Smallest accepted width and height, in pixels. */
  minSide: number;
  /** Largest accepted width and height, in pixels. */
  maxSide: number;
}

const DATA_URL_PREFIX = /^data:image\/[a-z0-9.+-]+;base64,/i;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const CANONICAL_START = encoder.encode('{"image":"');
const CANONICAL_END = encoder.encode('"}');

function badRequest(message: string): ProxyError {
  return new ProxyError(400, 'BAD_REQUEST', message);
}

/** The `image` field of a JSON body, with the exact reason when it is not what we take. */
function imageField(body: Uint8Array): string {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(body));
  } catch {
    throw badRequest('The request body is not valid JSON. Send { "image": "<base64>" }.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw badRequest('The request body must be a JSON object: { "image": "<base64>" }.');
  }
  const image: unknown = (json as Record<string, unknown>)['image'];
  if (image === undefined) throw badRequest('The "image" field is missing.');
  if (typeof image !== 'string') throw badRequest('The "image" field must be a Base64 string.');
  return image;
}

/**
 * The Base64 of a body written exactly as our client writes it, `{"image":"<base64>"}`, read from
 * the bytes: it spares the two strings the size of the image that `JSON.parse` would make.
 */
function canonicalBase64(body: Uint8Array): Uint8Array | undefined {
  const end = body.length - CANONICAL_END.length;
  const matches = (part: Uint8Array, at: number) => part.every((byte, i) => body[at + i] === byte);
  if (
    end < CANONICAL_START.length ||
    !matches(CANONICAL_START, 0) ||
    !matches(CANONICAL_END, end)
  ) {
    return undefined;
  }
  return body.subarray(CANONICAL_START.length, end);
}

/** The field's Base64, without a `data:image/...;base64,` prefix. */
function stripDataUrl(field: string): string {
  const prefix = DATA_URL_PREFIX.exec(field.slice(0, 100));
  if (prefix !== null) return field.slice(prefix[0].length);
  if (field.startsWith('data:')) {
    throw badRequest('Only data:image/...;base64, URLs are accepted in "image".');
  }
  return field;
}

/**
 * Turns a request body into the image to forward: JSON `{ "image": "<base64>" }`, an optional
 * `data:image/...;base64,` prefix stripped, strict Base64, a JPEG or PNG by its magic numbers,
 * at most `maxImageBytes` once decoded, with sane header dimensions. Throws {@link ProxyError}.
 */
export function parseImageRequest(
  body: Uint8Array,
  maxImageBytes: number,
  limits: ImageDimensionLimits,
): UpstreamImage {
  let base64 = canonicalBase64(body);
  let bytes = base64 && decodeBase64(base64);
  if (base64 === undefined || bytes === undefined) {
    // Any other body (a data: URL, spaces, more fields, a quote inside) is parsed as JSON.
    base64 = encoder.encode(stripDataUrl(imageField(body)));
    if (base64.length === 0) throw badRequest('The "image" field is empty.');
    bytes = decodeBase64(base64);
    if (bytes === undefined) throw badRequest('The "image" field is not valid Base64.');
  }
  if (bytes.byteLength > maxImageBytes) {
    throw new ProxyError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The image is ${bytes.byteLength} bytes; the limit is ${maxImageBytes}. Send a smaller image.`,
    );
  }
  const sniffed = sniffImage(bytes);
  if (!sniffed.ok) {
    throw sniffed.reason === 'unknown-format'
      ? new ProxyError(415, 'IMAGE_REJECTED', 'The image must be a JPEG or a PNG.')
      : new ProxyError(422, 'IMAGE_REJECTED', 'The image header could not be read.');
  }
  const { width, height, mime } = sniffed.image;
  if ([width, height].some((side) => side < limits.minSide || side > limits.maxSide)) {
    throw new ProxyError(
      422,
      'IMAGE_REJECTED',
      `The image is ${width}x${height} pixels; each side must be between ${limits.minSide} and ${limits.maxSide}.`,
    );
  }
  return { base64, bytes, byteLength: bytes.byteLength, mime, width, height };
}

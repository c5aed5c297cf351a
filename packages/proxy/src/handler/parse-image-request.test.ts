import { describe, expect, it } from 'vitest';
import { ProxyError } from '../errors/proxy-error.js';
import { makeJpeg, makePng, toBase64 } from '../test-utils/images.js';
import { parseImageRequest } from './parse-image-request.js';

const LIMITS = { minSide: 32, maxSide: 8192 };
const MAX_BYTES = 1_048_576;

const JPEG = makeJpeg(); // 64 x 48
const B64 = toBase64(JPEG);
const PNG = makePng({ width: 40, height: 36 });
const PNG_B64 = toBase64(PNG);
const SMALL_JPEG_B64 = toBase64(makeJpeg({ width: 16, height: 16 }));

const NOT_JSON = 'The request body is not valid JSON. Send { "image": "<base64>" }.';
const NOT_OBJECT = 'The request body must be a JSON object: { "image": "<base64>" }.';
const MISSING = 'The "image" field is missing.';
const NOT_STRING = 'The "image" field must be a Base64 string.';
const EMPTY = 'The "image" field is empty.';
const NOT_BASE64 = 'The "image" field is not valid Base64.';
const ONLY_DATA_IMAGE = 'Only data:image/...;base64, URLs are accepted in "image".';

type Outcome =
  | { mime: string; width: number; height: number; bytes: Uint8Array; base64: string }
  | { status: number; code: string; message: string };

const jpeg: Outcome = { mime: 'image/jpeg', width: 64, height: 48, bytes: JPEG, base64: B64 };
const png: Outcome = { mime: 'image/png', width: 40, height: 36, bytes: PNG, base64: PNG_B64 };
const bad = (message: string): Outcome => ({ status: 400, code: 'BAD_REQUEST', message });

/** Runs the parser and describes what came out, thrown `ProxyError` included. */
function outcome(body: Uint8Array, maxImageBytes = MAX_BYTES): Outcome {
  try {
    const image = parseImageRequest(body, maxImageBytes, LIMITS);
    expect(image.byteLength).toBe(image.bytes.byteLength);
    return {
      mime: image.mime,
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      base64: new TextDecoder().decode(image.base64),
    };
  } catch (error) {
    if (!(error instanceof ProxyError)) throw error;
    return { status: error.status, code: error.code, message: error.message };
  }
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Every body, with what the parser makes of it. */
const cases: {
  name: string;
  body: string | Uint8Array;
  expected: Outcome;
  maxImageBytes?: number;
}[] = [
  // Accepted.
  { name: 'the canonical body', body: `{"image":"${B64}"}`, expected: jpeg },
  {
    name: 'JSON whitespace around every token',
    body: ` \t\r\n{ \n\t"image"\r\n :\t \n"${B64}"\r\n\t }\n \t\r`,
    expected: jpeg,
  },
  {
    name: 'a data:image/jpeg;base64, prefix',
    body: `{"image":"data:image/jpeg;base64,${B64}"}`,
    expected: jpeg,
  },
  {
    name: 'an upper-case DATA: prefix',
    body: `{"image":"DATA:IMAGE/JPEG;BASE64,${B64}"}`,
    expected: jpeg,
  },
  { name: 'a PNG', body: `{"image":"${PNG_B64}"}`, expected: png },
  {
    name: 'a PNG with a data:image/png prefix',
    body: `{ "image" : "data:image/png;base64,${PNG_B64}" }`,
    expected: png,
  },
  {
    name: 'the key escaped',
    body: `{"\\u0069mage":"${B64}"}`,
    expected: jpeg,
  },
  {
    name: 'another key before',
    body: `{"id":"a\\"b","image":"${B64}"}`,
    expected: jpeg,
  },
  {
    name: 'another key after',
    body: `{"image":"${B64}","meta":{"image":1}}`,
    expected: jpeg,
  },
  {
    name: 'a \\/ escape in the value (it is /)',
    body: `{"image":"${B64.replaceAll('/', '\\/')}"}`,
    expected: jpeg,
  },
  {
    name: 'a \\u escape in the value',
    body: `{"image":"\\u${B64.charCodeAt(0).toString(16).padStart(4, '0')}${B64.slice(1)}"}`,
    expected: jpeg,
  },
  {
    name: 'duplicate keys, the valid one last (JSON.parse keeps the last)',
    body: `{"image":"garbage!","image":"${B64}"}`,
    expected: jpeg,
  },

  // Not JSON.
  { name: 'an empty body', body: '', expected: bad(NOT_JSON) },
  {
    name: 'trailing garbage',
    body: `{"image":"${B64}"}x`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a second object after the first',
    body: `{"image":"${B64}"}{}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a raw line feed inside the value',
    body: `{"image":"${B64.slice(0, 100)}\n${B64.slice(100)}"}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a raw tab inside the value',
    body: `{"image":"${B64.slice(0, 101)}\t${B64.slice(101)}"}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a raw NUL replacing the last character',
    body: `{"image":"${B64.slice(0, -1)}\u0000"}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'an unterminated string',
    body: `{"image":"${B64}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'an unterminated string, closing brace included',
    body: `{"image":"${B64}}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'no closing brace',
    body: `{"image":"${B64}"`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a bracket for the closing brace',
    body: `{"image":"${B64}"]`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a bracket for the opening brace',
    body: `["image":"${B64}"}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a comma for the colon',
    body: `{"image","${B64}"}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'an unquoted value',
    body: `{"image":${B64}}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a stray character for the opening quote',
    body: `{"image":x${B64}"}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a trailing comma',
    body: `{"image":"${B64}",}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'single quotes',
    body: `{'image':'${B64}'}`,
    expected: bad(NOT_JSON),
  },
  {
    name: 'a non-breaking space (not JSON whitespace) before the brace',
    body: `\u00a0{"image":"${B64}"}`,
    expected: bad(NOT_JSON),
  },

  // JSON, but not what we take.
  { name: 'an array', body: `["${B64}"]`, expected: bad(NOT_OBJECT) },
  { name: 'a bare string', body: `"${B64}"`, expected: bad(NOT_OBJECT) },
  { name: 'null', body: 'null', expected: bad(NOT_OBJECT) },
  { name: 'an empty object', body: '{}', expected: bad(MISSING) },
  {
    name: 'another key only',
    body: `{"img":"${B64}"}`,
    expected: bad(MISSING),
  },
  {
    name: 'the key in another case (keys are case-sensitive)',
    body: `{"Image":"${B64}"}`,
    expected: bad(MISSING),
  },
  { name: 'a number image', body: '{"image":123}', expected: bad(NOT_STRING) },
  { name: 'a null image', body: '{"image":null}', expected: bad(NOT_STRING) },
  {
    name: 'duplicate keys, a number last',
    body: `{"image":"${B64}","image":1}`,
    expected: bad(NOT_STRING),
  },
  { name: 'an empty string', body: '{"image":""}', expected: bad(EMPTY) },
  {
    name: 'a data: prefix and nothing after it',
    body: '{"image":"data:image/jpeg;base64,"}',
    expected: bad(EMPTY),
  },
  {
    name: 'a data: URL of another type',
    body: `{"image":"data:text/plain;base64,${B64}"}`,
    expected: bad(ONLY_DATA_IMAGE),
  },
  {
    name: 'invalid Base64',
    body: '{"image":"not base64!"}',
    expected: bad(NOT_BASE64),
  },
  {
    name: 'Base64 without its padding',
    body: `{"image":"${B64.replace(/=+$/, '')}"}`,
    expected: bad(NOT_BASE64),
  },
  {
    name: 'padding in the middle',
    body: `{"image":"${B64.slice(0, 6)}==${B64.slice(8)}"}`,
    expected: bad(NOT_BASE64),
  },
  {
    name: 'base64url characters',
    body: `{"image":"${B64.replaceAll('+', '-').replaceAll('/', '_')}"}`,
    expected: bad(NOT_BASE64),
  },
  {
    name: 'invalid UTF-8 inside the value',
    body: Uint8Array.from([...bytes('{"image":"AAAA'), 0xff, 0xfe, ...bytes('AA=="}')]),
    expected: bad(NOT_BASE64),
  },

  // Valid Base64, refused as an image.
  {
    name: 'a non-image',
    body: `{"image":"${toBase64(bytes('hello, this is not an image'))}"}`,
    expected: {
      status: 415,
      code: 'IMAGE_REJECTED',
      message: 'The image must be a JPEG or a PNG.',
    },
  },
  {
    name: 'a JPEG signature with an unreadable header',
    body: `{"image":"${toBase64(Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 1, 2, 3, 4]))}"}`,
    expected: {
      status: 422,
      code: 'IMAGE_REJECTED',
      message: 'The image header could not be read.',
    },
  },
  {
    name: 'a JPEG too small',
    body: `{"image":"${SMALL_JPEG_B64}"}`,
    expected: {
      status: 422,
      code: 'IMAGE_REJECTED',
      message: 'The image is 16x16 pixels; each side must be between 32 and 8192.',
    },
  },
  {
    name: 'an image over maxImageBytes',
    body: `{"image":"${B64}"}`,
    maxImageBytes: 100,
    expected: {
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: `The image is ${JPEG.byteLength} bytes; the limit is 100. Send a smaller image.`,
    },
  },
];

describe('parseImageRequest', () => {
  it('has the test image the cases need: Base64 with "/", "+" and padding', () => {
    expect(B64).toMatch(/\//);
    expect(B64).toMatch(/\+/);
    expect(B64).toMatch(/=$/);
  });

  it.each(cases)('$name', ({ body, expected, maxImageBytes }) => {
    const input = typeof body === 'string' ? bytes(body) : body;
    expect(outcome(input, maxImageBytes)).toEqual(expected);
  });

  it('reads a body that is a view into a larger buffer (as a socket chunk can be)', () => {
    const text = `{"image":"${B64}"}`;
    const around = bytes(`\\"}x${text}"\\}`);
    const image = parseImageRequest(around.subarray(4, 4 + text.length), MAX_BYTES, LIMITS);
    expect(new TextDecoder().decode(image.base64)).toBe(B64);
    expect(image.bytes).toEqual(JPEG);
  });

  it.each([
    ['a second field after the image', `{"image":"${B64}","x":"y"}`],
    ['a second field before the image', `{"x":"y","image":"${B64}"}`],
    ['an escaped slash in the Base64', `{"image":"${B64.replace('/', '\\/')}"}`],
  ])('reads the image of a body with %s as JSON.parse does', (_case, body) => {
    const image = parseImageRequest(bytes(body), MAX_BYTES, LIMITS);
    expect(new TextDecoder().decode(image.base64)).toBe(B64);
    expect(image.bytes).toEqual(JPEG);
  });

  it('refuses padding inside a large image, where the Base64 is decoded in slices', () => {
    const big = toBase64(new Uint8Array(60_000).fill(7));
    const padded = `${big.slice(0, 32_764)}QQ==${big.slice(32_768)}`;
    expect(outcome(bytes(`{"image":"${padded}"}`))).toEqual(bad(NOT_BASE64));
  });

  it('keeps each image intact when requests follow one another', () => {
    const first = parseImageRequest(bytes(`{"image":"${B64}"}`), MAX_BYTES, LIMITS);
    const second = parseImageRequest(bytes(`{"image":"${PNG_B64}"}`), MAX_BYTES, LIMITS);

    expect(first.bytes).toEqual(JPEG);
    expect(second.bytes).toEqual(PNG);
    expect(new TextDecoder().decode(first.base64)).toBe(B64);
  });

  it.each([
    ['just past the first look', 3000],
    ['past a 64 KiB EXIF block', 65_533],
    ['past several of them', 4 * 65_533],
  ])('finds the frame header %s', (_case, padding) => {
    // An APP1 segment (or several, each at most 65,535 bytes) before the JPEG's own segments,
    // as a camera's EXIF data puts the frame header far from the start.
    const segments: number[] = [];
    for (let left = padding; left > 0; left -= 65_533) {
      const size = Math.min(left, 65_533);
      segments.push(
        0xff,
        0xe1,
        (size + 2) >> 8,
        (size + 2) & 0xff,
        ...new Array<number>(size).fill(7),
      );
    }
    const big = new Uint8Array([...JPEG.subarray(0, 2), ...segments, ...JPEG.subarray(2)]);
    const image = parseImageRequest(bytes(`{"image":"${toBase64(big)}"}`), MAX_BYTES, LIMITS);

    expect([image.mime, image.width, image.height, image.byteLength]).toEqual([
      'image/jpeg',
      64,
      48,
      big.byteLength,
    ]);
  });

  it('refuses a JPEG whose header runs past the end of the image', () => {
    const frame = JPEG.findIndex((byte, index) => byte === 0xff && JPEG[index + 1] === 0xc0);
    const cut = toBase64(JPEG.subarray(0, frame + 6));

    expect(outcome(bytes(`{"image":"${cut}"}`))).toEqual({
      status: 422,
      code: 'IMAGE_REJECTED',
      message: 'The image header could not be read.',
    });
  });
});

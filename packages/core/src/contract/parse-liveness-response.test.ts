import { describe, expect, it } from 'vitest';
import seed from './__fixtures__/seed-response.json' with { type: 'json' };
import { LivenessResponseError } from './liveness-response-error.js';
import { parseLivenessResponse } from './parse-liveness-response.js';

type Json = Record<string, unknown>;

/** A deep copy of the seed's example with `edit` applied to the copy. */
function seedWith(edit: (body: Json & typeof seed) => void): unknown {
  const body = structuredClone(seed);
  edit(body);
  return body;
}

const noFace = {
  entity: {
    liveness: { liveness_check: false, liveness_probability: 0 },
    face: { face_detected: false, message: 'no face detected', multiface_detected: false },
  },
};

describe('parseLivenessResponse: accepted bodies', () => {
  it('returns the seed example typed and unchanged', () => {
    const response = parseLivenessResponse(seed);
    expect(response).toEqual(seed);
    expect(response.entity.liveness.liveness_probability).toBe(0.014614949759561568);
    expect(response.entity.face.face_detected).toBe(true);
  });

  it('accepts no face with details, quality, confidence and bounding box absent', () => {
    const response = parseLivenessResponse(noFace);
    expect(response.entity.face).toEqual(noFace.entity.face);
    expect(response.entity.face.quality).toBeUndefined();
  });

  it('accepts no face with the attributes present', () => {
    const body = seedWith((b) => {
      (b.entity.face as Json).face_detected = false;
    });
    expect(parseLivenessResponse(body)).toEqual(body);
  });

  it.each([
    ['probability 0', (b: typeof seed) => void (b.entity.liveness.liveness_probability = 0)],
    ['probability 100', (b: typeof seed) => void (b.entity.liveness.liveness_probability = 100)],
    ['box at the origin', (b: typeof seed) => void (b.entity.face.bounding_box.left = 0)],
    ['box of the whole frame', (b: typeof seed) => void (b.entity.face.bounding_box.width = 1)],
    [
      'box cut by the top edge of the image',
      (b: typeof seed) => void (b.entity.face.bounding_box.top = -0.1),
    ],
    ['age 0', (b: typeof seed) => void (b.entity.face.details.age_range.low = 0)],
    ['no emotions', (b: typeof seed) => void (b.entity.face.details.emotions = [])],
  ])('accepts the range edge: %s', (_name, edit) => {
    const body = seedWith(edit);
    expect(parseLivenessResponse(body)).toEqual(body);
  });

  it('keeps unknown fields at every level', () => {
    const body = seedWith((b) => {
      (b as Json).request_id = 'abc';
      (b.entity as Json).reference_id = 42;
      (b.entity.liveness as Json).model = 'v2';
      (b.entity.face.quality as Json).contrast = 12;
      (b.entity.face.details.emotions[0] as Json).rank = 1;
    });
    const response = parseLivenessResponse(body) as unknown as typeof body & Json;
    expect(response).toEqual(body);
    expect((response as Json).request_id).toBe('abc');
  });
});

describe('parseLivenessResponse: rejected bodies name the path', () => {
  type Edit = (b: Json & typeof seed) => void;
  const rejected: [name: string, body: unknown, path: string][] = [
    ['null', null, ''],
    ['a string', 'ok', ''],
    ['an array', [seed], ''],
    ['no entity', {}, 'entity'],
    ['entity null', { entity: null }, 'entity'],
    [
      'no entity.liveness',
      seedWith(((b) => delete (b.entity as Json).liveness) as Edit),
      'entity.liveness',
    ],
    ['no entity.face', seedWith(((b) => delete (b.entity as Json).face) as Edit), 'entity.face'],
    [
      'liveness_check a string',
      seedWith((b) => void ((b.entity.liveness as Json).liveness_check = 'false')),
      'entity.liveness.liveness_check',
    ],
    [
      'probability above 100',
      seedWith((b) => void (b.entity.liveness.liveness_probability = 150)),
      'entity.liveness.liveness_probability',
    ],
    [
      'probability negative',
      seedWith((b) => void (b.entity.liveness.liveness_probability = -0.1)),
      'entity.liveness.liveness_probability',
    ],
    [
      'probability a numeric string',
      seedWith((b) => void ((b.entity.liveness as Json).liveness_probability = '0.01')),
      'entity.liveness.liveness_probability',
    ],
    [
      'probability NaN',
      seedWith((b) => void (b.entity.liveness.liveness_probability = Number.NaN)),
      'entity.liveness.liveness_probability',
    ],
    [
      'face_detected missing',
      seedWith((b) => void delete (b.entity.face as Json).face_detected),
      'entity.face.face_detected',
    ],
    [
      'face_detected a string',
      seedWith((b) => void ((b.entity.face as Json).face_detected = 'true')),
      'entity.face.face_detected',
    ],
    [
      'multiface_detected missing',
      seedWith((b) => void delete (b.entity.face as Json).multiface_detected),
      'entity.face.multiface_detected',
    ],
    [
      'message a number',
      seedWith((b) => void ((b.entity.face as Json).message = 1)),
      'entity.face.message',
    ],
    [
      'quality missing with a face',
      seedWith((b) => void delete (b.entity.face as Json).quality),
      'entity.face.quality',
    ],
    [
      'bounding_box missing with a face',
      seedWith((b) => void delete (b.entity.face as Json).bounding_box),
      'entity.face.bounding_box',
    ],
    [
      'brightness above 100',
      seedWith((b) => void (b.entity.face.quality.brightness = 101)),
      'entity.face.quality.brightness',
    ],
    [
      'sharpness null',
      seedWith((b) => void ((b.entity.face.quality as Json).sharpness = null)),
      'entity.face.quality.sharpness',
    ],
    [
      'face confidence above 100',
      seedWith((b) => void (b.entity.face.confidence = 100.5)),
      'entity.face.confidence',
    ],
    [
      'box width above 1',
      seedWith((b) => void (b.entity.face.bounding_box.width = 1.2)),
      'entity.face.bounding_box.width',
    ],
    [
      'box top negative',
      seedWith((b) => void (b.entity.face.bounding_box.top = -1.5)),
      'entity.face.bounding_box.top',
    ],
    [
      'age not an integer',
      seedWith((b) => void (b.entity.face.details.age_range.high = 35.5)),
      'entity.face.details.age_range.high',
    ],
    [
      'sunglasses value a string',
      seedWith((b) => void ((b.entity.face.details.sunglasses as Json).value = 'no')),
      'entity.face.details.sunglasses.value',
    ],
    [
      'eyes_open confidence above 100',
      seedWith((b) => void (b.entity.face.details.eyes_open.confidence = 188)),
      'entity.face.details.eyes_open.confidence',
    ],
    [
      'gender value a boolean',
      seedWith((b) => void ((b.entity.face.details.gender as Json).value = true)),
      'entity.face.details.gender.value',
    ],
    [
      'emotions not an array',
      seedWith((b) => void ((b.entity.face.details as Json).emotions = {})),
      'entity.face.details.emotions',
    ],
    [
      'an emotion without a type',
      seedWith((b) => void delete (b.entity.face.details.emotions[2] as Json).type),
      'entity.face.details.emotions[2].type',
    ],
    [
      'no face, quality present but invalid',
      {
        entity: {
          ...noFace.entity,
          face: { ...noFace.entity.face, quality: { brightness: 'dark', sharpness: 1 } },
        },
      },
      'entity.face.quality.brightness',
    ],
  ];

  it.each(rejected.map(([name, body, path]) => ({ name, body, path })))(
    'rejects $name at "$path"',
    ({ body, path }) => {
      let error: unknown;
      try {
        parseLivenessResponse(body);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LivenessResponseError);
      const e = error as LivenessResponseError;
      expect(e.name).toBe('LivenessResponseError');
      expect(e.path).toBe(path);
      expect(e.issues[0]?.path).toBe(path);
      expect(e.message).toContain(path === '' ? 'the response' : `${path}:`);
    },
  );

  it('writes a message a developer can act on', () => {
    const body = seedWith((b) => void (b.entity.liveness.liveness_probability = 150));
    expect(() => parseLivenessResponse(body)).toThrow(
      'Invalid liveness response: entity.liveness.liveness_probability: expected a number <=100 but received 150',
    );
    expect(() => parseLivenessResponse({})).toThrow(
      'Invalid liveness response: entity: is missing',
    );
  });

  it('lists every issue, not only the first', () => {
    const body = seedWith((b) => {
      b.entity.liveness.liveness_probability = 150;
      b.entity.face.quality.sharpness = -1;
    });
    expect(() => parseLivenessResponse(body)).toThrow(/\(and 1 more\)$/);
    try {
      parseLivenessResponse(body);
    } catch (e) {
      expect((e as LivenessResponseError).issues.map((i) => i.path)).toEqual([
        'entity.liveness.liveness_probability',
        'entity.face.quality.sharpness',
      ]);
    }
  });
});

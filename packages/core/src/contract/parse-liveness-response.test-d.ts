import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  parseLivenessResponse,
  parseProxyError,
  type BoundingBox,
  type BooleanFaceAttribute,
  type DetectedFace,
  type FaceAttribute,
  type FaceDetails,
  type FaceQuality,
  type LivenessFace,
  type LivenessResponse,
  type ProxyErrorCode,
  type LivenessResponseError,
} from '../index.js';
import type { livenessResponseSchema } from './liveness-response-schema.js';

describe('contract types', () => {
  it('parseLivenessResponse takes unknown and returns LivenessResponse', () => {
    expectTypeOf(parseLivenessResponse).parameter(0).toBeUnknown();
    expectTypeOf(parseLivenessResponse).returns.toEqualTypeOf<LivenessResponse>();
  });

  it('infers the public types from the schema', () => {
    expectTypeOf<v.InferOutput<typeof livenessResponseSchema>>().toExtend<LivenessResponse>();
    expectTypeOf<FaceDetails['smile']>().toEqualTypeOf<FaceAttribute<boolean>>();
    expectTypeOf<FaceDetails['gender']>().toEqualTypeOf<FaceAttribute<string>>();
    expectTypeOf<FaceDetails[BooleanFaceAttribute]>().toEqualTypeOf<FaceAttribute<boolean>>();
    expectTypeOf<BoundingBox>().toEqualTypeOf<{
      readonly width: number;
      readonly height: number;
      readonly left: number;
      readonly top: number;
    }>();
  });

  it('narrows the face on face_detected', () => {
    const face = {} as LivenessFace;
    if (face.face_detected) {
      expectTypeOf(face).toEqualTypeOf<DetectedFace>();
      expectTypeOf(face.quality).toEqualTypeOf<FaceQuality>();
      expectTypeOf(face.bounding_box).toEqualTypeOf<BoundingBox>();
    } else {
      expectTypeOf(face.details).toEqualTypeOf<FaceDetails | undefined>();
      expectTypeOf(face.quality).toEqualTypeOf<FaceQuality | undefined>();
    }
  });

  it('keeps typos a compile error and the response read-only', () => {
    const response = {} as LivenessResponse;
    // @ts-expect-error: not a documented field
    void response.entity.livness;
    // @ts-expect-error: read-only
    response.entity.liveness.liveness_check = true;
    expectTypeOf(response.entity.liveness.liveness_probability).toBeNumber();
    expectTypeOf(response.entity.face.multiface_detected).toBeBoolean();
  });

  it('LivenessResponseError carries a path and issues', () => {
    expectTypeOf<LivenessResponseError>().toExtend<Error>();
    expectTypeOf<LivenessResponseError['path']>().toBeString();
    expectTypeOf<LivenessResponseError['issues'][number]['message']>().toBeString();
  });

  it('parseProxyError returns a typed code or undefined', () => {
    expectTypeOf(parseProxyError).returns.toEqualTypeOf<
      { readonly code: ProxyErrorCode; readonly message: string } | undefined
    >();
    expectTypeOf<'RATE_LIMITED'>().toExtend<ProxyErrorCode>();
    expectTypeOf<'NETWORK_ERROR'>().not.toExtend<ProxyErrorCode>();
  });
});

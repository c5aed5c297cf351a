import type { FaceEmotion } from '@liveframe/core';

/** Emotions from most to least confident (the endpoint documents that order but a copy is cheap). */
export function rankEmotions(emotions: readonly FaceEmotion[]): FaceEmotion[] {
  return [...emotions].sort((a, b) => b.confidence - a.confidence);
}

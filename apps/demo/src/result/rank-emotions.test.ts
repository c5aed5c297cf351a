import { describe, expect, it } from 'vitest';
import { rankEmotions } from './rank-emotions.js';

describe('rankEmotions', () => {
  it('orders by confidence, highest first, without touching the input', () => {
    const input = [
      { type: 'SAD', confidence: 6.7 },
      { type: 'CALM', confidence: 81.8 },
      { type: 'HAPPY', confidence: 1.2 },
    ];
    expect(rankEmotions(input).map((emotion) => emotion.type)).toEqual(['CALM', 'SAD', 'HAPPY']);
    expect(input[0]?.type).toBe('SAD');
  });
});

import { describe, expect, it } from 'vitest';
import { sentImageSrc } from './sent-image.js';

describe('sentImageSrc', () => {
  it.each([
    [JSON.stringify({ image: '/9j/4AAQ' }), 'data:image/jpeg;base64,/9j/4AAQ'],
    [JSON.stringify({ image: 'iVBORw0KGgoAAAA' }), 'data:image/png;base64,iVBORw0KGgoAAAA'],
    [JSON.stringify({ image: 'data:image/jpeg;base64,/9j/4' }), 'data:image/jpeg;base64,/9j/4'],
    [JSON.stringify({ image: 'R0lGODlh' }), undefined],
    [JSON.stringify({ image: 'javascript:alert(1)' }), undefined],
    [JSON.stringify({ image: '' }), undefined],
    [JSON.stringify({ image: 42 }), undefined],
    [JSON.stringify(null), undefined],
    ['{not json', undefined],
    [undefined, undefined],
    [new Blob(['x']), undefined],
  ])('%s', (body, expected) => {
    expect(sentImageSrc(body)).toBe(expected);
  });
});

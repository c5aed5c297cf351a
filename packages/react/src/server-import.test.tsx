// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports without window and renders the idle markup', async () => {
    expect(typeof window).toBe('undefined');
    const { LivenessCapture, useLivenessCapture } = await import('./index.js');
    expect(typeof useLivenessCapture).toBe('function');
    const html = renderToString(createElement(LivenessCapture, { proxyUrl: '/api/liveness' }));
    expect(html).toContain('data-liveframe-state="idle"');
    expect(html).toContain('role="status"');
    expect(html).toContain('data-reason=""');
    expect(html).not.toContain('<video');
  });
});

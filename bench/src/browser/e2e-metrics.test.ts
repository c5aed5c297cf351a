import { describe, expect, it } from 'vitest';
import { CAPTURE_MARK, endToEndRunMetrics, VERDICT_MARK } from './e2e-metrics.js';
import type { PageProbe } from './page/probe-types.js';
import type { ResourceRecord } from './run-page.js';

const states: PageProbe['states'] = [
  { state: 'idle', at: 10 },
  { state: 'framing', at: 500 },
  { state: 'capturing', at: 2000 },
  { state: 'submitting', at: 2040 },
  { state: 'passed', at: 2100 },
];

const request: ResourceRecord = {
  url: 'http://127.0.0.1:1234/api/liveness',
  initiatorType: 'fetch',
  transferSize: 900,
  encodedBodySize: 600,
  decodedBodySize: 600,
  startTime: 2030,
  responseEnd: 2080,
};

describe('endToEndRunMetrics', () => {
  it('reads the capture decision and the verdict from state changes when there are no marks', () => {
    const probe: PageProbe = { timings: [], longTasks: [], states, verdictPainted: 2116 };
    expect(endToEndRunMetrics(probe, [request], '/api/liveness')).toEqual({
      captureToVerdictMs: 116,
      captureToRequestMs: 30,
      requestMs: 50,
      responseToVerdictMs: 36,
      verdictState: 'passed',
      captureSource: 'state',
      verdictSource: 'state',
      proxyRequests: 1,
    });
  });

  it('prefers the component’s marks', () => {
    const probe: PageProbe = {
      timings: [
        { name: CAPTURE_MARK, start: 1990, duration: 0 },
        { name: VERDICT_MARK, start: 2090, duration: 0 },
      ],
      longTasks: [],
      states,
      verdictPainted: 2116,
    };
    const metrics = endToEndRunMetrics(probe, [request], '/api/liveness');
    expect(metrics).toMatchObject({
      captureToVerdictMs: 100,
      captureSource: 'mark',
      verdictSource: 'mark',
    });
  });

  it('leaves the breakdown out when the proxy request was not seen', () => {
    const probe: PageProbe = { timings: [], longTasks: [], states, verdictPainted: 2116 };
    const metrics = endToEndRunMetrics(probe, [], '/api/liveness');
    expect(metrics.requestMs).toBeUndefined();
    expect(metrics.proxyRequests).toBe(0);
  });

  it('fails clearly without a capture decision or a verdict', () => {
    const idle: PageProbe = { timings: [], longTasks: [], states: states.slice(0, 2) };
    expect(() => endToEndRunMetrics(idle, [], '/api/liveness')).toThrow(/capture decision/);
    const noVerdict: PageProbe = { timings: [], longTasks: [], states: states.slice(0, 4) };
    expect(() => endToEndRunMetrics(noVerdict, [], '/api/liveness')).toThrow(/verdict/);
  });
});

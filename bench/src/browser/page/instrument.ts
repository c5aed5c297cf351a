// Imported first by the bench page: records camera start, User Timing, long tasks and state
// changes from before the app runs. Everything goes to `window.__liveframeBench`.
import type { PageProbe } from './probe-types.js';

const VERDICT_STATES = new Set(['passed', 'retry', 'failed']);

const probe: PageProbe = { timings: [], longTasks: [], states: [] };
window.__liveframeBench = probe;

const media = navigator.mediaDevices as MediaDevices | undefined;
if (media) {
  const getUserMedia = media.getUserMedia.bind(media);
  media.getUserMedia = async (constraints) => {
    probe.cameraStart ??= performance.now();
    const stream = await getUserMedia(constraints);
    probe.cameraReady ??= performance.now();
    return stream;
  };
}

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name.startsWith('liveframe:')) {
      probe.timings.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }
}).observe({ entryTypes: ['mark', 'measure'] });

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    probe.longTasks.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
  }
}).observe({ type: 'longtask', buffered: true });

// Any DOM change may be a new state: the root mounting (childList) or its attribute changing.
new MutationObserver(() => {
  const state = document
    .querySelector('[data-liveframe-state]')
    ?.getAttribute('data-liveframe-state');
  if (state == null || probe.states.at(-1)?.state === state) return;
  probe.states.push({ state, at: performance.now() });
  if (VERDICT_STATES.has(state) && probe.verdictPainted === undefined) {
    requestAnimationFrame(() => {
      probe.verdictPainted ??= performance.now();
    });
  }
}).observe(document, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['data-liveframe-state'],
});

window.addEventListener('error', (event) => {
  probe.error ??= String(event.message);
});
window.addEventListener('unhandledrejection', (event) => {
  probe.error ??= String(event.reason);
});

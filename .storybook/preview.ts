import type { Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '@liveframe/react/styles.css';

// MSW answers the proxy's requests inside Storybook (each story's `parameters.msw.handlers`), so
// every story is deterministic and nothing leaves the page's origin. The worker script is
// `.storybook/public/mockServiceWorker.js`, served beside `iframe.html` (relative URL: Storybook
// also works when deployed under a sub-path).
async function startMockWorker() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: 'mockServiceWorker.js' },
  });
  return worker;
}

const preview: Preview = {
  loaders: [mswLoader(startMockWorker)],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;

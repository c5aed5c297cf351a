import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@liveframe/react/styles.css';
import './styles/demo.css';
import { App } from './App.js';
import { parseDeepLink } from './flow/deep-link.js';
import { preferredLocale } from './i18n/locales.js';

// The app's own query client: <LivenessCapture> uses it when present, and works without one too.
const queryClient = new QueryClient();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App
        link={parseDeepLink(window.location.search)}
        defaultLocale={preferredLocale(navigator.languages)}
      />
    </QueryClientProvider>
  </StrictMode>,
);

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig, loadEnv } from 'vite';
import { listenAddress } from './server/listen-address.js';
import { livenessProxyPlugin } from './server/liveness-proxy-plugin.js';

const root = fileURLToPath(new URL('.', import.meta.url));

// The demo and its proxy on one origin: `vite` (pnpm dev) and `vite preview` (pnpm preview) both
// serve the page and `/api/liveness`. Workspace packages resolve to their sources through the
// `source` export condition, so neither dev nor the demo build needs the packages built first.
export default defineConfig(({ mode }) => {
  // Server-side only: these never reach the browser, which only sees `VITE_`-prefixed variables.
  const serverEnv = loadEnv(mode, root, ['DOJAH_', 'LIVEFRAME_']);
  const dev = listenAddress(process.env, 5173);
  const preview = listenAddress(process.env, 4173);

  return {
    root,
    envPrefix: 'VITE_',
    plugins: [react(), livenessProxyPlugin({ env: serverEnv })],
    resolve: { conditions: ['source', ...defaultClientConditions] },
    ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
    server: { host: dev.host, port: dev.port, strictPort: dev.strictPort },
    preview: { host: preview.host, port: preview.port, strictPort: true },
    build: { outDir: 'dist', emptyOutDir: true },
  };
});

// vite.config.ts
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      // The object form keeps the page's Host, which the proxy compares with the browser's
      // Origin; the string shorthand ('/api/liveness': 'http://...') rewrites it (403).
      '/api/liveness': { target: 'http://127.0.0.1:8787', changeOrigin: false },
    },
  },
});

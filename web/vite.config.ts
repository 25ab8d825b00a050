import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves web/dist with an SPA fallback and /graphql on the same origin;
// in development Vite stands in for the static part and proxies /graphql to the API.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
});

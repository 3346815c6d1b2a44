/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The backend (Spring Boot, port 8080) serves these; `npm run dev` forwards them to it.
const backend = process.env.JIAXIAO_BACKEND_URL ?? 'http://localhost:8080';
const proxied = ['/graphql', '/api', '/oauth2', '/login', '/dev', '/.well-known', '/userinfo', '/connect'];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  build: {
    // Packaged by Maven into the jar under static/, which Spring Boot serves at /.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20000,
  },
});

/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The backend (Spring Boot, port 8080) serves these; `npm run dev` forwards them to it.
const backend = process.env.JIAXIAO_BACKEND_URL ?? 'http://localhost:8080';
const proxied = ['/graphql', '/api', '/oauth2', '/login', '/dev', '/.well-known', '/userinfo', '/connect'];

/**
 * The generated GraphQL documents are one module (src/gql/graphql.ts), and the first load
 * needs a few of them, so all of them ship with it. Printed without indentation and line
 * breaks they weigh a tenth less; the server reads them the same. A document holding a
 * string literal is left as it is, since whitespace may matter there.
 */
function compactGraphQLDocuments(): Plugin {
  return {
    name: 'jiaxiao:compact-graphql-documents',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/gql/graphql.ts')) return null;
      const compacted = code.replace(/new TypedDocumentString\(`([^`]*)`/g, (whole, text: string) =>
        text.includes('"') ? whole : `new TypedDocumentString(\`${text.replace(/\s+/g, ' ').trim()}\``,
      );
      return { code: compacted, map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), compactGraphQLDocuments()],
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
    include: ['src/**/*.test.{ts,tsx}', 'ci/**/*.test.ts'],
    css: false,
    testTimeout: 20000,
    // Imports its schema as JSON without an import attribute, which Node refuses
    // outside Vite's transform (ci/workflow.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});

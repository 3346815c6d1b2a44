import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the SPA come from the same .graphqls files the backend loads (schema module).
// documentMode "string" emits plain query strings, so the bundle needs no graphql runtime.
// persistedDocuments writes src/gql/persisted-documents.json (hash → document), packaged
// for the backend to register, and gives each document its hash: the SPA sends only the
// hash, so the server can accept registered documents only. The hash is the plain hex
// SHA-256 of the document that Apollo's persisted queries send as sha256Hash (the preset's
// default would prefix it with "sha256:").
const config: CodegenConfig = {
  schema: '../schema/src/main/graphql/**/*.graphqls',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    // The whole contract as one SDL file: the Explore page's GraphiQL reads it, so it has
    // the docs and completion even where the server's introspection is off (prod).
    'src/gql/schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true } },
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;

import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the SPA come from the same .graphqls files the backend loads (schema module).
// documentMode "string" emits plain query strings, so the bundle needs no graphql runtime.
const config: CodegenConfig = {
  schema: '../schema/src/main/graphql/**/*.graphqls',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
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

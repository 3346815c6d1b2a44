import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the SPA come from the same .graphqls files the backend loads (schema module).
// documentMode "string" emits plain query strings, so the bundle needs no graphql runtime.
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

import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import sdl from '../../../gql/schema.graphql?raw';
import type { ExploreRequest } from '../lib/fetcher';

// The contract the SPA was built with: no introspection round trip, which the server's query
// limits would refuse and production turns off.
const schema = buildSchema(sdl);

interface GraphiQLPaneProps {
  fetcher: (request: ExploreRequest) => Promise<unknown>;
  query: string;
  variables?: string;
}

/**
 * GraphiQL itself, in its own chunk (it brings the Monaco editor): loaded only when an
 * analyst opens Explore, never on the first page.
 */
export default function GraphiQLPane({ fetcher, query, variables }: GraphiQLPaneProps) {
  return (
    <div style={{ height: 560, border: '1px solid #f0f0f0', borderRadius: 8, overflow: 'hidden' }}>
      <GraphiQL
        fetcher={fetcher as never}
        schema={schema}
        initialQuery={query}
        initialVariables={variables}
        defaultEditorToolsVisibility={variables ? 'variables' : false}
        isHeadersEditorEnabled={false}
        forcedTheme="light"
      />
    </div>
  );
}

import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import type { ExploreRequest } from '../lib/fetcher';

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
        initialQuery={query}
        initialVariables={variables}
        defaultEditorToolsVisibility={variables ? 'variables' : false}
        isHeadersEditorEnabled={false}
        forcedTheme="light"
      />
    </div>
  );
}

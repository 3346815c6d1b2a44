import { useGraphiQL } from '@graphiql/react';
import { Spin } from 'antd';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
 * Tells whether GraphiQL can run a query. GraphiQL draws its frame and execute button at once
 * but loads Monaco afterwards, in its own chunk; until the query, variables and response
 * editors exist, the execute button does nothing at all (a click is silently dropped, and a
 * query run without the variables editor would go out without its variables).
 */
function EditorsReady({ onChange }: { onChange: (ready: boolean) => void }) {
  const ready = useGraphiQL((state) =>
    Boolean(state.queryEditor && state.variableEditor && state.responseEditor),
  );
  useEffect(() => onChange(ready), [ready, onChange]);
  return null;
}

/**
 * GraphiQL itself, in its own chunk (it brings the Monaco editor): loaded only when an
 * analyst opens Explore, never on the first page. Covered by a spinner until its editors are
 * up, so that nobody clicks "run" into the void.
 */
export default function GraphiQLPane({ fetcher, query, variables }: GraphiQLPaneProps) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  return (
    <div
      data-testid="graphiql-pane"
      data-ready={ready}
      aria-busy={!ready}
      style={{
        position: 'relative',
        height: 560,
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        overflow: 'hidden',
      }}
    >
      <GraphiQL
        fetcher={fetcher as never}
        schema={schema}
        initialQuery={query}
        initialVariables={variables}
        defaultEditorToolsVisibility={variables ? 'variables' : false}
        isHeadersEditorEnabled={false}
        forcedTheme="light"
      >
        <EditorsReady onChange={setReady} />
      </GraphiQL>
      {!ready && (
        <div style={{ position: 'absolute', inset: 0, zIndex: 10, background: 'rgba(255, 255, 255, 0.85)' }}>
          <Spin description={t('explore.loading')}>
            <div style={{ height: 560 }} />
          </Spin>
        </div>
      )}
    </div>
  );
}

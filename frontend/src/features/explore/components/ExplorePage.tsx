import { Button, Card, Flex, Select, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExploreSettingsDocument } from '../../../gql/graphql';
import { useAuth } from '../../../lib/auth/authContext';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { mayExplore } from '../../viewer/roles';
import '../i18n';
import { EXAMPLES } from '../lib/examples';
import { createExploreFetcher } from '../lib/fetcher';
import { ResultsView } from './ResultsView';

const GraphiQLPane = lazy(() => import('./GraphiQLPane'));

/**
 * 数据探索 / Explore: GraphiQL signed in as the user, saved example queries, and the last
 * answer as a table (CSV export) and a chart.
 */
export default function ExplorePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const viewer = useViewer();
  const accessToken = user?.access_token;
  const [exampleId, setExampleId] = useState(EXAMPLES[0].id);
  const [loaded, setLoaded] = useState(EXAMPLES[0]);
  const [result, setResult] = useState<unknown>(null);
  const fetcher = useMemo(() => createExploreFetcher(() => accessToken, setResult), [accessToken]);
  // The API refuses analytics to everyone else anyway.
  const allowed = !viewer || mayExplore(viewer.roles);
  const settings = useQuery(
    () => (allowed ? request(ExploreSettingsDocument) : Promise.resolve(undefined)),
    `explore-settings-${allowed}`,
  );
  const k = settings.data?.analytics?.minGroupSize ?? 10;
  const base = settings.data?.analytics?.roundingBase ?? 5;

  if (!allowed) {
    return <Typography.Paragraph type="secondary">{t('explore.forbidden')}</Typography.Paragraph>;
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('explore.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('explore.intro', { k, base })}
      </Typography.Paragraph>
      <Space wrap>
        <Typography.Text strong>{t('explore.examples')}</Typography.Text>
        <Select
          value={exampleId}
          onChange={setExampleId}
          options={EXAMPLES.map((example) => ({ value: example.id, label: t(example.titleKey) }))}
          style={{ minWidth: 280 }}
          data-testid="example-select"
        />
        <Button
          type="primary"
          onClick={() => setLoaded(EXAMPLES.find((example) => example.id === exampleId) ?? EXAMPLES[0])}
        >
          {t('explore.load')}
        </Button>
      </Space>
      <Suspense
        fallback={
          <Spin description={t('explore.loading')}>
            <div style={{ height: 560 }} />
          </Spin>
        }
      >
        <GraphiQLPane key={loaded.id} fetcher={fetcher} query={loaded.query} variables={loaded.variables} />
      </Suspense>
      <Card title={t('explore.results')} size="small">
        <Flex vertical gap={8}>
          <Typography.Text type="secondary" data-testid="rounding-note">
            {t('explore.roundingNote', { k, base })}
          </Typography.Text>
          <ResultsView result={result} />
        </Flex>
      </Card>
    </Flex>
  );
}

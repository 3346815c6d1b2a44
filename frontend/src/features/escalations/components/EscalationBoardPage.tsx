import { FundOutlined } from '@ant-design/icons';
import { Alert, Empty, Flex, Segmented, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { ForbiddenResult } from '../../../components/ForbiddenResult';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageSpinner } from '../../../components/PageSpinner';
import type { EscalationChainKind } from '../../../gql/graphql';
import { isForbidden } from '../../../lib/graphql/errors';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { isFinanceOnly, isTutoringStaff, mayReadChurnReport } from '../../viewer/roles';
import { availableChains, deadlineLabel, type ChainRules } from '../chain';
import { useEscalationBoard, type EscalationCard } from '../hooks/useEscalationBoard';
import { useEscalationChains } from '../hooks/useEscalationChains';
import { useNow } from '../hooks/useNow';
import '../i18n';
import { BoardColumn } from './BoardColumn';
import { ClosedColumn } from './ClosedColumn';
import { EscalationCardView } from './EscalationCardView';
import { RefundQueue } from './RefundQueue';

/**
 * /escalations: the board, a column per step of the chain (school referral or retention),
 * the closed ones folded at the end. Finance sees the refunds awaiting its review instead.
 */
export default function EscalationBoardPage() {
  const viewer = useViewer();
  if (isFinanceOnly(viewer?.roles)) return <RefundQueue />;
  return <Board />;
}

function Board() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const chains = useEscalationChains();
  const [searchParams, setSearchParams] = useSearchParams();
  const available = availableChains(chains.data);
  const asked = searchParams.get('kind');
  // A tutoring centre's staff start on retention, a school's on referrals.
  const preferred: EscalationChainKind = isTutoringStaff(viewer?.roles) ? 'RETENTION' : 'SCHOOL_REFERRAL';
  const chain =
    available.find((c) => c.kind === asked) ?? available.find((c) => c.kind === preferred) ?? available[0];

  if (chains.loading && !chains.data) return <PageSpinner />;
  if (chains.error && isForbidden(chains.error)) return <ForbiddenResult title={t('escalation.title')} />;
  if (chains.error) return <ErrorResult error={chains.error} onRetry={chains.refetch} />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('escalation.title')}
        </Typography.Title>
        <Flex gap={12} align="center" wrap>
          {available.length > 1 && chain && (
            <Segmented
              value={chain.kind}
              onChange={(kind) => setSearchParams({ kind: String(kind) }, { replace: true })}
              options={available.map((c) => ({ value: c.kind, label: t(`escalation.kind.${c.kind}`) }))}
              aria-label={t('escalation.kindLabel')}
              data-testid="kind-switch"
            />
          )}
          {mayReadChurnReport(viewer?.roles) && (
            <Link to="/escalations/churn">
              <FundOutlined /> {t('escalation.board.churn')}
            </Link>
          )}
        </Flex>
      </Flex>
      {chain ? (
        <ChainBoard key={chain.kind} chain={chain} />
      ) : (
        <Empty description={t('escalation.board.noChains')} />
      )}
    </Flex>
  );
}

function ChainBoard({ chain }: { chain: ChainRules }) {
  const { t } = useTranslation();
  const now = useNow();
  const filter = useMemo(() => ({ kinds: [chain.kind], states: ['OPEN' as const] }), [chain.kind]);
  const open = useEscalationBoard(filter);
  const byStep = useMemo(() => {
    const map = new Map<string, EscalationCard[]>();
    for (const escalation of open.nodes) {
      const key = escalation.currentStep?.key ?? '';
      map.set(key, [...(map.get(key) ?? []), escalation]);
    }
    return map;
  }, [open.nodes]);
  const known = new Set(chain.steps.map((rule) => rule.key));
  const others = open.nodes.filter((escalation) => !known.has(escalation.currentStep?.key ?? ''));

  if (open.error && open.nodes.length === 0) return <ErrorResult error={open.error} onRetry={open.reload} />;
  return (
    <Spin spinning={open.loading}>
      {open.error && <Alert type="error" showIcon title={open.error.message} style={{ marginBottom: 8 }} />}
      <div
        data-testid="escalation-board"
        style={{
          display: 'flex',
          gap: 12,
          overflowX: 'auto',
          scrollSnapType: 'x mandatory',
          paddingBottom: 8,
          alignItems: 'flex-start',
        }}
      >
        {chain.steps.map((rule) => {
          const cards = byStep.get(rule.key) ?? [];
          return (
            <BoardColumn
              key={rule.key}
              title={rule.name}
              subtitle={`${t(`roles.${rule.ownerRole}`)} · ${deadlineLabel(rule.deadline, t)}`}
              count={cards.length}
              testId={`column-${rule.key}`}
            >
              {cards.length === 0 ? (
                <Typography.Text type="secondary">{t('escalation.board.emptyColumn')}</Typography.Text>
              ) : (
                cards.map((escalation) => (
                  <EscalationCardView key={escalation.id} escalation={escalation} now={now} />
                ))
              )}
            </BoardColumn>
          );
        })}
        {others.length > 0 && (
          <BoardColumn title={t('escalation.board.otherSteps')} count={others.length} testId="column-other">
            {others.map((escalation) => (
              <EscalationCardView key={escalation.id} escalation={escalation} now={now} />
            ))}
          </BoardColumn>
        )}
        <ClosedColumn kind={chain.kind} now={now} />
      </div>
      <LoadMoreButton hasMore={open.hasNextPage} loading={open.loadingMore} onClick={open.loadMore} />
    </Spin>
  );
}

import { Col, Empty, Flex, Row, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotificationsCard } from '../../tasks/components/NotificationsCard';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import type { EscalationFilter } from '../../../gql/graphql';
import { REFUND_STEP } from '../chain';
import { useEscalationBoard, type EscalationCard } from '../hooks/useEscalationBoard';
import { useNow } from '../hooks/useNow';
import '../i18n';
import { EscalationCardView } from './EscalationCardView';

const FILTER: EscalationFilter = { kinds: ['RETENTION'], states: ['OPEN'], stepKeys: [REFUND_STEP] };

/** Where a refund stands for finance: 0 awaiting its review, 1 awaiting the president, 2 no application yet. */
function stage(escalation: EscalationCard): 0 | 1 | 2 {
  if (!escalation.refund) return 2;
  return escalation.refund.financeReview ? 1 : 0;
}

const STAGE_TAGS = [
  { key: 'awaitingReview', color: 'gold' },
  { key: 'awaitingPresident', color: 'blue' },
  { key: 'notApplied', color: 'default' },
] as const;

/**
 * Finance's board: the escalations at the refund step, those awaiting its review first, and
 * its notifications (a refund step past due).
 */
export function RefundQueue() {
  const { t } = useTranslation();
  const now = useNow();
  const refunds = useEscalationBoard(FILTER);
  const sorted = useMemo(() => [...refunds.nodes].sort((a, b) => stage(a) - stage(b)), [refunds.nodes]);
  if (refunds.error && refunds.nodes.length === 0) {
    return <ErrorResult error={refunds.error} onRetry={refunds.reload} />;
  }
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('escalation.refundsTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('escalation.refundsSubtitle')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Spin spinning={refunds.loading}>
            {sorted.length === 0 && !refunds.loading ? (
              <Empty description={t('escalation.board.emptyColumn')} />
            ) : (
              <Row gutter={[12, 12]} data-testid="refund-queue">
                {sorted.map((escalation) => {
                  const tag = STAGE_TAGS[stage(escalation)];
                  return (
                    <Col key={escalation.id} xs={24} sm={12}>
                      <EscalationCardView
                        escalation={escalation}
                        now={now}
                        extra={
                          <Tag color={tag.color} data-testid="refund-stage">
                            {t(`escalation.board.${tag.key}`)}
                          </Tag>
                        }
                      />
                    </Col>
                  );
                })}
              </Row>
            )}
          </Spin>
          <LoadMoreButton
            hasMore={refunds.hasNextPage}
            loading={refunds.loadingMore}
            onClick={refunds.loadMore}
          />
        </Col>
        <Col xs={24} lg={8}>
          <NotificationsCard />
        </Col>
      </Row>
    </Flex>
  );
}

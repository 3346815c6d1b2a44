import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, message, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { useEscalationDetail } from '../hooks/useEscalationDetail';
import { useNow } from '../hooks/useNow';
import { studentLabel } from '../studentLabel';
import '../i18n';
import { ChainSteps } from './detail/ChainSteps';
import { EscalationActions } from './detail/EscalationActions';
import { EscalationAudit } from './detail/EscalationAudit';
import { EscalationHeader } from './detail/EscalationHeader';
import { RefundCard } from './detail/RefundCard';
import { StepHistory } from './detail/StepHistory';

/**
 * /escalations/:id: the escalation, its chain, every step reached with outputs and actions,
 * the refund, the actions the viewer may take, and its own history. A CONFLICT (someone
 * else acted first) is said and the escalation reloaded.
 */
export default function EscalationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const now = useNow();
  const { escalation, chain, error, loading, refetch } = useEscalationDetail(id);
  const [conflict, setConflict] = useState(false);
  const [messages, messageHolder] = message.useMessage();

  if (loading && escalation === undefined) return <PageSpinner />;
  if (error && !escalation) return <ErrorResult error={error} onRetry={refetch} />;
  if (!escalation) {
    return (
      <NotFoundResult
        title={t('escalation.detail.notFound')}
        subTitle={t('escalation.detail.notFoundSubtitle')}
      />
    );
  }

  return (
    <Spin spinning={loading}>
      {messageHolder}
      <Flex vertical gap={16}>
        <Link to={`/escalations?kind=${escalation.kind}`}>
          <ArrowLeftOutlined /> {t('escalation.detail.back')}
        </Link>
        <Typography.Title
          level={3}
          style={{ margin: 0 }}
          ellipsis={{ rows: 2 }}
          data-testid="escalation-title"
        >
          {studentLabel(escalation)} · {t(`escalation.kind.${escalation.kind}`)}
        </Typography.Title>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            title={t('escalation.action.conflict')}
            description={t('escalation.action.conflictDetail')}
            action={
              <Button size="small" onClick={refetch}>
                {t('escalation.action.reload')}
              </Button>
            }
            closable={{ onClose: () => setConflict(false) }}
            data-testid="escalation-conflict"
          />
        )}
        <EscalationActions
          escalation={escalation}
          chain={chain}
          onChanged={(text) => {
            setConflict(false);
            void messages.success(text);
            refetch();
          }}
          onConflict={() => {
            setConflict(true);
            refetch();
          }}
        />
        <EscalationHeader escalation={escalation} now={now} />
        <Card size="small" title={t('escalation.detail.chain')}>
          <ChainSteps escalation={escalation} chain={chain} />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={escalation.refund ? 14 : 24}>
            <Card size="small" title={t('escalation.detail.steps')}>
              <StepHistory escalation={escalation} now={now} />
            </Card>
          </Col>
          {escalation.refund && (
            <Col xs={24} lg={10}>
              <RefundCard refund={escalation.refund} />
            </Col>
          )}
        </Row>
        <EscalationAudit escalation={escalation} />
      </Flex>
    </Spin>
  );
}

import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format/date';
import { useSchoolTimeZone } from '../../../viewer/hooks/viewerContext';
import type { EscalationDetail } from '../../hooks/useEscalationDetail';

type Refund = NonNullable<EscalationDetail['refund']>;
type Decision = Refund['financeReview'];

/** The family's refund: the written application, finance's review, the president's decision. */
export function RefundCard({ refund }: { refund: Refund }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('escalation.detail.refund')} data-testid="refund-card">
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(refund.contract
            ? [
                {
                  key: 'contract',
                  label: t('escalation.detail.contract'),
                  children: t('escalation.detail.contractLabel', {
                    date: refund.contract.signedOn,
                    subjects: refund.contract.subjects.join('、'),
                  }),
                },
              ]
            : []),
          { key: 'applicant', label: t('escalation.detail.applicantName'), children: refund.applicantName },
          { key: 'appliedOn', label: t('escalation.detail.appliedOn'), children: refund.appliedOn },
          {
            key: 'reason',
            label: t('escalation.detail.refundReason'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{refund.reason}</span>,
          },
          {
            key: 'finance',
            label: t('escalation.detail.financeReview'),
            children: <DecisionView decision={refund.financeReview} testId="finance-review" />,
          },
          {
            key: 'president',
            label: t('escalation.detail.presidentDecision'),
            children: <DecisionView decision={refund.presidentDecision} testId="president-decision" />,
          },
        ]}
      />
    </Card>
  );
}

function DecisionView({ decision, testId }: { decision: Decision; testId: string }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  if (!decision) {
    return (
      <Tag data-testid={testId} data-decision="pending">
        {t('escalation.detail.pending')}
      </Tag>
    );
  }
  return (
    <span data-testid={testId} data-decision={decision.approved ? 'approved' : 'refused'}>
      <Tag color={decision.approved ? 'green' : 'red'}>
        {t(decision.approved ? 'escalation.detail.approved' : 'escalation.detail.refused')}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('escalation.detail.decisionBy', {
          name: decision.by?.displayName ?? '—',
          at: formatDateTime(decision.at, timeZone),
        })}
      </Typography.Text>
      {decision.note && <div style={{ whiteSpace: 'pre-wrap' }}>{decision.note}</div>}
    </span>
  );
}

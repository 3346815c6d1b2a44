import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../../lib/format/date';
import { useSchoolTimeZone } from '../../../viewer/hooks/viewerContext';
import type { EscalationDetail } from '../../hooks/useEscalationDetail';

type Event = EscalationDetail['history'][number];

/** The escalation's own audit: who did what when, oldest first. */
export function EscalationAudit({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const stepNames = new Map(escalation.steps.map((step) => [step.key, step.name]));
  return (
    <Card size="small" title={t('escalation.detail.history')}>
      <Table<Event>
        size="small"
        rowKey={(event) => `${event.at}:${event.type}:${event.stepKey ?? ''}`}
        dataSource={escalation.history}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('escalation.detail.historyEmpty') }}
        data-testid="escalation-history"
        columns={[
          {
            title: t('escalation.detail.at'),
            render: (_, event) => formatTimestamp(event.at, timeZone),
            width: 170,
          },
          {
            title: t('escalation.detail.by'),
            render: (_, event) => event.by?.displayName ?? t('escalation.detail.system'),
          },
          { title: t('escalation.detail.event'), render: (_, event) => t(`escalation.event.${event.type}`) },
          {
            title: t('escalation.detail.step'),
            render: (_, event) => (event.stepKey ? (stepNames.get(event.stepKey) ?? event.stepKey) : '—'),
          },
          { title: t('escalation.detail.note'), render: (_, event) => event.note ?? '' },
        ]}
      />
    </Card>
  );
}

import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplianceReportQuery } from '../../../gql/graphql';

type Meetings = NonNullable<ComplianceReportQuery['complianceReport']['classes'][number]['meetings']>;

interface MeetingFigureProps {
  meetings: Meetings | null | undefined;
  kind: 'parentMeetings' | 'committeeMeetings';
}

/**
 * Meetings of one kind held in the term against its quota: red once the term ended short,
 * green when the quota is met, the term and the day counted to in a tooltip.
 */
export function MeetingFigure({ meetings, kind }: MeetingFigureProps) {
  const { t } = useTranslation();
  if (!meetings) {
    return (
      <Tooltip title={t('compliance.meetings.noTerm')}>
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  }
  const figures = meetings[kind];
  const term = t('compliance.meetings.term', { name: meetings.term.name, to: meetings.countedTo });
  if (figures.quota === null || figures.quota === undefined) {
    return <Tooltip title={term}>{figures.held}</Tooltip>;
  }
  const color = figures.shortAtTermEnd ? 'red' : figures.held >= figures.quota ? 'green' : 'blue';
  const title = figures.shortAtTermEnd
    ? `${term} · ${t('compliance.meetings.short', { quota: figures.quota })}`
    : term;
  return (
    <Tooltip title={title}>
      <Tag color={color} data-short={figures.shortAtTermEnd}>
        {t('compliance.meetings.heldOf', { held: figures.held, quota: figures.quota })}
      </Tag>
    </Tooltip>
  );
}

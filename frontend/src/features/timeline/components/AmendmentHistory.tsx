import { Descriptions, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactDetailFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format/date';

type Amendment = ContactDetailFieldsFragment['amendments'][number];

/** The form's label of each field an amendment may change (FieldValue.field). */
const FIELD_LABELS: Record<string, string> = {
  occurredAt: 'record.occurredAt',
  form: 'record.form',
  kind: 'record.kind',
  summary: 'record.summary',
  place: 'record.place',
  durationMinutes: 'record.durationMinutes',
  schoolReport: 'record.schoolReport',
  familyReport: 'record.familyReport',
  homeLearningGuidance: 'record.homeLearningGuidance',
  analysis: 'record.analysis',
  countermeasure: 'record.countermeasure',
  agreedMeasures: 'record.agreedMeasures',
};

/**
 * 修改历史: who changed the record when, and what the changed fields said before, newest
 * first. Nothing is overwritten silently.
 */
export function AmendmentHistory({
  amendments,
  timeZone,
}: {
  amendments: readonly Amendment[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const previous = (field: string, value: string | null) => {
    if (value == null || value === '') return t('entry.emptyValue');
    if (field === 'form') return t(`contactForm.${value}`);
    if (field === 'kind') return t(`contactKind.${value}`);
    if (field === 'occurredAt') return formatDateTime(value, timeZone);
    if (field === 'durationMinutes') return t('entry.minutes', { count: Number(value) });
    return value;
  };
  if (amendments.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('entry.noAmendments')} />;
  }
  return (
    <Timeline
      data-testid="amendment-history"
      items={[...amendments].reverse().map((amendment, index) => ({
        key: `${amendment.at}-${index}`,
        content: (
          <div data-testid="amendment">
            <Typography.Text strong>
              {t('entry.amendedBy', {
                name: amendment.by?.displayName ?? t('common.none'),
                at: formatDateTime(amendment.at, timeZone),
              })}
            </Typography.Text>
            <Descriptions
              size="small"
              column={1}
              style={{ marginTop: 4 }}
              items={amendment.previous.map((fieldValue) => ({
                key: fieldValue.field,
                label: t('entry.previousValue', {
                  field: FIELD_LABELS[fieldValue.field]
                    ? t(FIELD_LABELS[fieldValue.field])
                    : fieldValue.field,
                }),
                children: (
                  <span style={{ whiteSpace: 'pre-wrap' }}>
                    {previous(fieldValue.field, fieldValue.value)}
                  </span>
                ),
              }))}
            />
          </div>
        ),
      }))}
    />
  );
}

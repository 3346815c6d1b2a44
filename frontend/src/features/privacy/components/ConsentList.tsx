import { Empty, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentFieldsFragment, GuardianRelation } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';

interface ConsentListProps {
  consents: readonly ConsentFieldsFragment[];
  guardians: ReadonlyArray<{ id: string; name: string; relation: GuardianRelation }>;
  /** The withdraw button for an active consent, if the viewer may withdraw it. */
  renderAction?: (consent: ConsentFieldsFragment) => ReactNode;
}

/** The household's consents, newest first: who, for what, under which rules, when; withdrawn ones marked. */
export function ConsentList({ consents, guardians, renderAction }: ConsentListProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  if (consents.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consent.empty')} />;
  }
  const guardianName = (id: string) => {
    const guardian = guardians.find((g) => g.id === id);
    return guardian
      ? `${guardian.name}（${t(`relation.${guardian.relation}`)}）`
      : t('consent.unknownGuardian');
  };
  return (
    <Flex vertical gap={12} data-testid="consents">
      {consents.map((consent) => (
        <Flex key={consent.id} justify="space-between" align="start" gap={8} data-testid="consent-item">
          <div style={{ minWidth: 0 }}>
            <Space size={[4, 4]} wrap>
              <strong>{guardianName(consent.guardianId)}</strong>
              {consent.purposes.map((purpose) => (
                <Tag key={purpose} color="blue">
                  {t(`consentPurpose.${purpose}`)}
                </Tag>
              ))}
              {consent.withdrawnAt && (
                <Tag color="red" data-testid="consent-withdrawn">
                  {t('consent.withdrawnAt', { date: formatDate(consent.withdrawnAt, timeZone) })}
                </Tag>
              )}
            </Space>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
              {t('consent.rulesVersionShort', { version: consent.rulesVersion })} ·{' '}
              {t('consent.givenOn', { date: formatDate(consent.givenAt, timeZone) })}
              {consent.recordedBy &&
                ` · ${t('consent.recordedBy', { name: consent.recordedBy.displayName })}`}
            </Typography.Paragraph>
          </div>
          {!consent.withdrawnAt && renderAction?.(consent)}
        </Flex>
      ))}
    </Flex>
  );
}

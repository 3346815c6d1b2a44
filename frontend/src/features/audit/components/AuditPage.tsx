import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { ForbiddenResult } from '../../../components/ForbiddenResult';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { isForbidden } from '../../../lib/graphql/errors';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import { readAuditSearch, toAuditFilter, writeAuditSearch } from '../auditFilter';
import { useAuditEvents } from '../hooks/useAuditEvents';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** /audit: who read sensitive information or changed records, and whose (principal only). */
export default function AuditPage() {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const [params, setParams] = useSearchParams();
  const search = readAuditSearch(params);
  const audit = useAuditEvents(toAuditFilter(search, timeZone));

  if (audit.error && isForbidden(audit.error)) {
    return <ForbiddenResult title={t('audit.forbiddenTitle')} subTitle={t('audit.forbiddenSubtitle')} />;
  }
  return (
    <>
      <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.subtitle')}</Typography.Paragraph>
      <AuditFilters
        key={params.toString()}
        value={search}
        onChange={(next) => setParams(writeAuditSearch(next))}
      />
      {audit.error && audit.nodes.length === 0 ? (
        <ErrorResult error={audit.error} onRetry={audit.reload} />
      ) : (
        <>
          <AuditTable
            events={audit.nodes}
            loading={audit.loading}
            onHousehold={(householdId) => setParams(writeAuditSearch({ ...search, householdId }))}
          />
          {audit.error && (
            <Alert type="error" showIcon title={t('common.errorTitle')} description={audit.error.message} />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('audit.shown', { count: audit.nodes.length })}
          </Typography.Paragraph>
          <LoadMoreButton hasMore={audit.hasNextPage} loading={audit.loadingMore} onClick={audit.loadMore} />
        </>
      )}
    </>
  );
}

import { Alert, Empty, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { ForbiddenResult } from '../../../components/ForbiddenResult';
import { InfiniteLoader } from '../../../components/InfiniteLoader';
import { PageSpinner } from '../../../components/PageSpinner';
import { isForbidden } from '../../../lib/graphql/errors';
import { useMyClasses } from '../../classes/hooks/useMyClasses';
import { useSchoolTimeZone, useViewer } from '../../viewer/hooks/viewerContext';
import { overseesGrades } from '../../viewer/roles';
import {
  classScope,
  gradeScope,
  readContactsSearch,
  toContactsFilter,
  writeContactsSearch,
} from '../contactsSearch';
import { useContactsList } from '../hooks/useContactsList';
import { ContactsFilters } from './ContactsFilters';
import { ContactsTable } from './ContactsTable';

const EntryDetailDrawer = lazy(() =>
  import('../../timeline/components/EntryDetailDrawer').then((m) => ({ default: m.EntryDetailDrawer })),
);

/**
 * /contacts: the contacts of a class or a whole grade (grade leaders, 德育处, the principal;
 * teachers their classes), newest first, filtered, a page at a time; a row opens the detail.
 */
export default function ContactsPage() {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const grades = overseesGrades(useViewer()?.roles);
  const { classes, loading: classesLoading, error: classesError, refetch } = useMyClasses();
  const [params, setParams] = useSearchParams();
  const search = readContactsSearch(params);
  const [changes, setChanges] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [detailLoaded, setDetailLoaded] = useState(false);

  const gradeOptions = grades
    ? [...new Set(classes.map((c) => c.grade))]
        .sort((a, b) => a - b)
        .map((grade) => ({ value: gradeScope(grade), label: t('classes.grade', { grade }) }))
    : [];
  const classOptions = classes.map((c) => ({ value: classScope(c.id), label: c.name }));
  const scope = search.scope ?? gradeOptions[0]?.value ?? classOptions[0]?.value;
  // `changes` is bumped after an amendment or withdrawal in the drawer: the rows reload.
  const contacts = useContactsList(scope ? toContactsFilter(search, scope, timeZone) : null, changes);

  if (classesLoading && classes.length === 0) return <PageSpinner />;
  if (classesError) return <ErrorResult error={classesError} onRetry={refetch} />;
  if (contacts.error && isForbidden(contacts.error)) {
    return <ForbiddenResult title={t('contactsList.forbiddenTitle')} />;
  }

  return (
    <>
      <Typography.Title level={3}>{t('contactsList.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('contactsList.subtitle')}</Typography.Paragraph>
      {!scope ? (
        <Empty description={t('contactsList.noScope')} />
      ) : (
        <>
          <ContactsFilters
            value={search}
            scope={scope}
            grades={gradeOptions}
            classes={classOptions}
            onChange={(next) => setParams(writeContactsSearch(next))}
          />
          {contacts.error && contacts.nodes.length === 0 ? (
            <ErrorResult error={contacts.error} onRetry={contacts.reload} />
          ) : (
            <>
              <ContactsTable
                contacts={contacts.nodes}
                loading={contacts.loading}
                onOpen={(id) => {
                  setDetailLoaded(true);
                  setSelected(id);
                }}
              />
              {contacts.error && (
                <Alert
                  type="error"
                  showIcon
                  title={t('common.errorTitle')}
                  description={contacts.error.message}
                />
              )}
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('contactsList.shown', { count: contacts.nodes.length })}
              </Typography.Paragraph>
              <InfiniteLoader
                hasMore={contacts.hasNextPage}
                loading={contacts.loadingMore}
                paused={contacts.error !== undefined}
                onLoadMore={contacts.loadMore}
              />
            </>
          )}
        </>
      )}
      <Suspense fallback={null}>
        {detailLoaded && (
          <EntryDetailDrawer
            entryId={selected}
            onClose={() => setSelected(null)}
            onOpenEntry={(id) => setSelected(id)}
            onChanged={() => setChanges((c) => c + 1)}
          />
        )}
      </Suspense>
    </>
  );
}

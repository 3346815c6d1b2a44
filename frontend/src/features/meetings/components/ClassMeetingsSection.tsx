import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageSpinner } from '../../../components/PageSpinner';
import type { MeetingKind, TermRefInput } from '../../../gql/graphql';
import { randomUuid } from '../../../lib/uuid';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { useClassMeetings, useMeetingSettings } from '../hooks/useMeetings';
import '../i18n';
import { currentTerm, mayRecordMeetings, termOptions } from '../meetingOptions';
import { MeetingList } from './MeetingList';

const RecordMeetingModal = lazy(() => import('./RecordMeetingModal'));

const ALL = 'all';

interface ClassMeetingsSectionProps {
  classId: string;
  homeroomTeacherId: string | null | undefined;
}

/**
 * 家长会/家委会 on the class page: the meetings of a term (the current one to start with),
 * what the school's policy asks for a term, and — for the homeroom teacher and overseers —
 * a form to record one.
 */
export function ClassMeetingsSection({ classId, homeroomTeacherId }: ClassMeetingsSectionProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const settings = useMeetingSettings();
  const terms = useMemo(
    () => (settings.data ? termOptions(settings.data.schoolCalendar.schoolYears) : []),
    [settings.data],
  );
  const [chosen, setChosen] = useState<string>();
  const [version, setVersion] = useState(0);
  const [recordKey, setRecordKey] = useState<string | null>(null);
  const selectedKey = chosen ?? currentTerm(terms, dayjs().format('YYYY-MM-DD'))?.key ?? ALL;
  const selected = terms.find((option) => option.key === selectedKey) ?? null;
  const rules = settings.data?.policy.rules.meetings;
  const mayRecord = viewer ? mayRecordMeetings(viewer.roles, viewer.id, homeroomTeacherId) : false;
  // The list waits for the calendar, so that it loads the current term once, not all first.
  const ready = settings.data !== undefined || settings.error !== undefined;

  return (
    <Card
      size="small"
      title={t('meetings.title')}
      style={{ marginTop: 24 }}
      data-testid="class-meetings"
      extra={
        <Flex gap={8} align="center">
          <Select
            size="small"
            style={{ minWidth: 200 }}
            value={selectedKey}
            onChange={setChosen}
            aria-label={t('meetings.termLabel')}
            options={[
              ...terms.map((option) => ({
                value: option.key,
                label: t('meetings.term', { span: option.span, name: option.name }),
              })),
              { value: ALL, label: t('meetings.allTerms') },
            ]}
            data-testid="meeting-term"
          />
          {mayRecord && (
            <Button
              size="small"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecordKey(randomUuid())}
              data-testid="record-meeting"
            >
              {t('meetings.record')}
            </Button>
          )}
        </Flex>
      }
    >
      {settings.data && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="meeting-rules">
          {rules
            ? t('meetings.rules', {
                parent: rules.parentMeetingsPerTerm,
                committee: rules.committeeMeetingsPerTerm,
              })
            : t('meetings.noRules')}
        </Typography.Paragraph>
      )}
      {ready ? (
        <TermMeetings key={selectedKey} classId={classId} term={selected?.term ?? null} version={version} />
      ) : (
        <PageSpinner />
      )}
      {recordKey && (
        <Suspense fallback={null}>
          <RecordMeetingModal
            classId={classId}
            idempotencyKey={recordKey}
            onClose={() => setRecordKey(null)}
            onRecorded={() => {
              setRecordKey(null);
              setVersion((current) => current + 1);
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}

interface TermMeetingsProps {
  classId: string;
  term: TermRefInput | null;
  version: number;
}

/** The meetings of one term (or all), page by page, with the term's counts once all are in. */
function TermMeetings({ classId, term, version }: TermMeetingsProps) {
  const { t } = useTranslation();
  const meetings = useClassMeetings(classId, term, version);
  if (meetings.loading && meetings.nodes.length === 0) return <PageSpinner />;
  const count = (kind: MeetingKind) => meetings.nodes.filter((meeting) => meeting.kind === kind).length;
  return (
    <>
      {term && !meetings.hasNextPage && (
        <Typography.Paragraph data-testid="meetings-held">
          {t('meetings.held', { parent: count('PARENT_MEETING'), committee: count('PARENT_COMMITTEE') })}
        </Typography.Paragraph>
      )}
      <MeetingList meetings={meetings.nodes} />
      {meetings.error && (
        <Alert type="error" showIcon title={t('common.errorTitle')} description={meetings.error.message} />
      )}
      <LoadMoreButton
        hasMore={meetings.hasNextPage}
        loading={meetings.loadingMore}
        onClick={meetings.loadMore}
      />
    </>
  );
}

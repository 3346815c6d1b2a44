import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, message, Row, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { randomUuid } from '../../../lib/uuid';
import { recordDefaults } from '../../contacts/recordDefaults';
import { HouseholdRightsActions } from '../../privacy/components/HouseholdRightsActions';
import { StudentTimeline } from '../../timeline/components/StudentTimeline';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { isPrincipal } from '../../viewer/roles';
import { useStudent } from '../hooks/useStudent';
import { HouseholdCard } from './HouseholdCard';
import { StudentSummary } from './StudentSummary';

// The form (Form, DatePicker, Select, Drawer) loads on first use, not with the page.
const RecordContactDrawer = lazy(() =>
  import('../../contacts/components/RecordContactDrawer').then((m) => ({ default: m.RecordContactDrawer })),
);

/**
 * /students/:id: profile, household (with consents) and the contact timeline, with "record
 * contact"; for the principal, the family's export and erasure.
 */
export default function StudentPage() {
  const { t } = useTranslation();
  const principal = isPrincipal(useViewer()?.roles);
  const { id = '' } = useParams();
  const { student, error, loading, refetch } = useStudent(id);
  // A task's "record the contact" link opens the form at once, with the kind it asks for.
  const [searchParams, setSearchParams] = useSearchParams();
  const [defaults, setDefaults] = useState(() => recordDefaults(searchParams));
  // A new idempotency key each time the form opens; null while closed.
  const [recordKey, setRecordKey] = useState<string | null>(() => (defaults ? randomUuid() : null));
  const [formLoaded, setFormLoaded] = useState(defaults !== undefined);
  const closeRecord = () => {
    setRecordKey(null);
    if (searchParams.has('record')) setSearchParams({}, { replace: true });
  };
  const [timelineVersion, setTimelineVersion] = useState(0);
  const [messages, messageHolder] = message.useMessage();

  if (loading && student === undefined) return <PageSpinner />;
  if (error && !student) return <ErrorResult error={error} onRetry={refetch} />;
  if (!student)
    return <NotFoundResult title={t('student.notFound')} subTitle={t('student.notFoundSubtitle')} />;

  const siblings = student.household.students
    .filter((s) => s.id !== student.id)
    .map((s) => ({ id: s.id, name: s.name }));

  return (
    <>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {messageHolder}
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="student-name">
            {student.name}
            <Typography.Text type="secondary" style={{ fontSize: 16, marginInlineStart: 12 }}>
              {student.class.name}
            </Typography.Text>
          </Typography.Title>
          {principal && (
            <HouseholdRightsActions
              householdId={student.household.id}
              onErased={() => {
                setTimelineVersion((v) => v + 1);
                refetch();
              }}
            />
          )}
        </Flex>
        <StudentSummary student={student} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <HouseholdCard student={student} onChanged={refetch} />
          </Col>
          <Col xs={24} lg={14}>
            <Card
              title={t('timeline.title')}
              extra={
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => {
                    setDefaults(undefined);
                    setFormLoaded(true);
                    setRecordKey(randomUuid());
                  }}
                  data-testid="record-contact"
                >
                  {t('record.open')}
                </Button>
              }
            >
              <StudentTimeline studentId={student.id} version={timelineVersion} />
            </Card>
          </Col>
        </Row>
      </Space>
      <Suspense fallback={null}>
        {formLoaded && (
          <RecordContactDrawer
            idempotencyKey={recordKey}
            onClose={closeRecord}
            defaults={defaults}
            student={{ id: student.id, name: student.name }}
            guardians={student.household.guardians}
            siblings={siblings}
            onRecorded={() => {
              void messages.success(t('record.success'));
              closeRecord();
              setTimelineVersion((v) => v + 1);
              refetch();
            }}
          />
        )}
      </Suspense>
    </>
  );
}

import { EditOutlined, PlusOutlined, RiseOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, message, Row, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { formatDate } from '../../../lib/format/date';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { useFormOpening } from '../../../components/form/useFormOpening';
import { recordDefaults } from '../../contacts/recordDefaults';
import { StudentContractsCard } from '../../contracts/components/StudentContractsCard';
import { worksWithContracts } from '../../contracts/contractOptions';
import { HouseholdRightsActions } from '../../privacy/components/HouseholdRightsActions';
import { StudentTimeline } from '../../timeline/components/StudentTimeline';
import type { TimelineIncident } from '../../timeline/components/TimelineEntryContent';
import { useSchoolTimeZone, useViewer } from '../../viewer/hooks/viewerContext';
import { answersForFamilyRights, worksWithFamilies } from '../../viewer/roles';
import { useStudent } from '../hooks/useStudent';
import { HouseholdCard } from './HouseholdCard';
import { StudentSummary } from './StudentSummary';

// The forms (Form, DatePicker, Select, Drawer, Modal) load on first use, not with the page.
const RecordContactDrawer = lazy(() =>
  import('../../contacts/components/RecordContactDrawer').then((m) => ({ default: m.RecordContactDrawer })),
);
const RecordIncidentModal = lazy(() =>
  import('../../timeline/components/RecordIncidentModal').then((m) => ({ default: m.RecordIncidentModal })),
);
const AddNoteModal = lazy(() =>
  import('../../timeline/components/AddNoteModal').then((m) => ({ default: m.AddNoteModal })),
);
const OpenEscalationModal = lazy(() =>
  import('../../escalations/components/OpenEscalationModal').then((m) => ({
    default: m.OpenEscalationModal,
  })),
);

/**
 * /students/:id: profile, household (with consents) and the timeline, with "record contact",
 * "record incident", "add note" and "escalate"; for the principal (a campus director at a
 * tutoring centre), the family's export and erasure; at a tutoring centre, the student's contracts (and "新签合同" for those who sign
 * them). `?entry=<id>` opens that entry's detail (an escalation's source links here).
 */
export default function StudentPage() {
  const { t } = useTranslation();
  const roles = useViewer()?.roles;
  const principal = answersForFamilyRights(roles);
  const mayEscalate = worksWithFamilies(roles);
  const { id = '' } = useParams();
  const timeZone = useSchoolTimeZone();
  const { student, error, loading, refetch } = useStudent(id);
  // A task's "record the contact" link opens the form at once, with the kind it asks for.
  const [searchParams, setSearchParams] = useSearchParams();
  const [defaults] = useState(() => recordDefaults(searchParams));
  const contactForm = useFormOpening(defaults !== undefined);
  const incidentForm = useFormOpening();
  const noteForm = useFormOpening();
  const escalationForm = useFormOpening();
  const [entryId] = useState(() => searchParams.get('entry'));
  // The incident an immediate contact answers, when opened from the incident's entry or a task.
  const [answering, setAnswering] = useState<{ id: string; label: string } | undefined>(() =>
    defaults?.answersIncidentId ? { id: defaults.answersIncidentId, label: '' } : undefined,
  );
  const [timelineVersion, setTimelineVersion] = useState(0);
  const [messages, messageHolder] = message.useMessage();

  if (loading && student === undefined) return <PageSpinner />;
  if (error && !student) return <ErrorResult error={error} onRetry={refetch} />;
  if (!student)
    return <NotFoundResult title={t('student.notFound')} subTitle={t('student.notFoundSubtitle')} />;

  const siblings = student.household.students
    .filter((s) => s.id !== student.id)
    .map((s) => ({ id: s.id, name: s.name }));
  const openContact = (incident?: TimelineIncident) => {
    setAnswering(
      incident && {
        id: incident.id,
        label: `${t(`incidentKind.${incident.incidentKind}`)} ${formatDate(incident.occurredAt, timeZone)}`,
      },
    );
    contactForm.open();
  };
  const recorded = (text: string) => {
    void messages.success(text);
    setTimelineVersion((v) => v + 1);
    refetch();
  };

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
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <HouseholdCard student={student} onChanged={refetch} />
              {worksWithContracts(roles) && (
                <StudentContractsCard student={{ id: student.id, name: student.name }} />
              )}
            </Space>
          </Col>
          <Col xs={24} lg={14}>
            <Card title={t('timeline.title')}>
              <Flex gap={8} wrap style={{ marginBottom: 16 }}>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => openContact()}
                  data-testid="record-contact"
                >
                  {t('record.open')}
                </Button>
                <Button icon={<WarningOutlined />} onClick={incidentForm.open} data-testid="record-incident">
                  {t('incident.open')}
                </Button>
                <Button icon={<EditOutlined />} onClick={noteForm.open} data-testid="add-note">
                  {t('note.open')}
                </Button>
                {mayEscalate && (
                  <Button icon={<RiseOutlined />} onClick={escalationForm.open} data-testid="open-escalation">
                    {t('student.escalate')}
                  </Button>
                )}
              </Flex>
              <StudentTimeline
                studentId={student.id}
                version={timelineVersion}
                onChanged={refetch}
                onAnswerIncident={openContact}
                initialEntryId={entryId}
              />
            </Card>
          </Col>
        </Row>
      </Space>
      <Suspense fallback={null}>
        {contactForm.loaded && (
          <RecordContactDrawer
            idempotencyKey={contactForm.idempotencyKey}
            onClose={() => {
              contactForm.close();
              if (searchParams.has('record')) setSearchParams({}, { replace: true });
            }}
            student={{ id: student.id, name: student.name }}
            guardians={student.household.guardians}
            siblings={siblings}
            answersIncident={answering}
            defaults={defaults}
            onRecorded={() => {
              contactForm.close();
              recorded(t('record.success'));
            }}
          />
        )}
        {incidentForm.loaded && (
          <RecordIncidentModal
            idempotencyKey={incidentForm.idempotencyKey}
            onClose={incidentForm.close}
            student={{ id: student.id, name: student.name }}
            siblings={siblings}
            onRecorded={() => {
              incidentForm.close();
              recorded(t('incident.success'));
            }}
          />
        )}
        {escalationForm.loaded && (
          <OpenEscalationModal
            idempotencyKey={escalationForm.idempotencyKey}
            onClose={escalationForm.close}
            student={{ id: student.id, name: student.name }}
          />
        )}
        {noteForm.loaded && (
          <AddNoteModal
            idempotencyKey={noteForm.idempotencyKey}
            onClose={noteForm.close}
            student={{ id: student.id, name: student.name }}
            onAdded={() => {
              noteForm.close();
              recorded(t('note.success'));
            }}
          />
        )}
      </Suspense>
    </>
  );
}

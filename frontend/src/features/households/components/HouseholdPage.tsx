import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { FamilySituationView } from '../../students/components/FamilySituationView';
import { GuardianTable } from '../../students/components/GuardianTable';
import { HouseholdTimeline } from '../../timeline/components/HouseholdTimeline';
import { useHousehold } from '../hooks/useHousehold';

/**
 * /households/:id: the family — its children the viewer may see, address, situation (or
 * "restricted"), guardians — and the children's timelines merged (a shared contact once).
 */
export default function HouseholdPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { household, error, loading, refetch } = useHousehold(id);

  if (loading && household === undefined) return <PageSpinner />;
  if (error && !household) return <ErrorResult error={error} onRetry={refetch} />;
  if (!household)
    return <NotFoundResult title={t('household.notFound')} subTitle={t('household.notFoundSubtitle')} />;

  const names = household.students.map((s) => s.name).join('、');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="household-title">
        {t('household.title', { names })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('student.household')}>
            <Descriptions
              column={1}
              items={[
                {
                  key: 'children',
                  label: t('household.children'),
                  children: (
                    <Space wrap>
                      {household.students.map((s) => (
                        <Link
                          key={s.id}
                          to={`/students/${encodeURIComponent(s.id)}`}
                          data-testid="household-child"
                        >
                          {s.name}（{s.class.name}）
                        </Link>
                      ))}
                    </Space>
                  ),
                },
                {
                  key: 'address',
                  label: t('student.address'),
                  children: household.address ?? t('common.none'),
                },
                {
                  key: 'situation',
                  label: t('student.situation'),
                  children: <FamilySituationView household={household} />,
                },
              ]}
            />
            <GuardianTable guardians={household.guardians} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('household.timeline')}>
            <HouseholdTimeline householdId={household.id} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

import { TeamOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { isTutoringStaff } from '../../viewer/roles';
import { useMyClasses } from '../hooks/useMyClasses';

/** 我的班级: the classes the viewer teaches or oversees, as cards (a tutoring centre's groups: 我的班组). */
export default function MyClassesPage() {
  const { t } = useTranslation();
  const groups = isTutoringStaff(useViewer()?.roles);
  const { classes, loading, error, refetch } = useMyClasses();

  if (loading) return <PageSpinner />;
  if (error) return <ErrorResult error={error} onRetry={refetch} />;
  return (
    <>
      <Typography.Title level={3}>{t(groups ? 'classes.groupsTitle' : 'classes.title')}</Typography.Title>
      {classes.length === 0 ? (
        <Empty description={t('classes.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {classes.map((schoolClass) => (
            <Col key={schoolClass.id} xs={24} sm={12} md={8} lg={6}>
              <Link to={`/classes/${encodeURIComponent(schoolClass.id)}`} data-testid="class-card">
                <Card hoverable>
                  <Card.Meta
                    avatar={<TeamOutlined style={{ fontSize: 28, color: '#1677ff' }} />}
                    title={schoolClass.name}
                    description={
                      <>
                        <div>{t('classes.grade', { grade: schoolClass.grade })}</div>
                        <div>
                          {schoolClass.homeroomTeacher
                            ? t(groups ? 'classes.learningManager' : 'classes.homeroomTeacher', {
                                name: schoolClass.homeroomTeacher.displayName,
                              })
                            : t('classes.noHomeroomTeacher')}
                        </div>
                      </>
                    }
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}

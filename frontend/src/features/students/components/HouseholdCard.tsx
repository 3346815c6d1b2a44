import { ApartmentOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsentSection } from '../../privacy/components/ConsentSection';
import type { StudentProfile } from '../hooks/useStudent';
import { FamilySituationView } from './FamilySituationView';
import { GuardianTable } from './GuardianTable';

interface HouseholdCardProps {
  student: StudentProfile;
  /** After the household changed here (a consent recorded or withdrawn). */
  onChanged: () => void;
}

/**
 * The family: address, situation (or "restricted"), siblings the caller may see, guardians
 * with relation, phone (masked for some roles) and preferred channel, and their consents;
 * a link to the household's page with the merged timeline.
 */
export function HouseholdCard({ student, onChanged }: HouseholdCardProps) {
  const { t } = useTranslation();
  const { household } = student;
  const siblings = household.students.filter((s) => s.id !== student.id);
  return (
    <Card
      title={t('student.household')}
      extra={
        <Link to={`/households/${encodeURIComponent(household.id)}`} data-testid="household-link">
          <Space size={4}>
            <ApartmentOutlined />
            {t('household.open')}
          </Space>
        </Link>
      }
    >
      <Descriptions
        column={1}
        items={[
          { key: 'address', label: t('student.address'), children: household.address ?? t('common.none') },
          {
            key: 'situation',
            label: t('student.situation'),
            children: <FamilySituationView household={household} />,
          },
          ...(siblings.length > 0
            ? [
                {
                  key: 'siblings',
                  label: t('student.siblings'),
                  children: (
                    <Space wrap>
                      {siblings.map((s) => (
                        <Link
                          key={s.id}
                          to={`/students/${encodeURIComponent(s.id)}`}
                          data-testid="sibling-link"
                        >
                          {s.name}（{s.class.name}）
                        </Link>
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <GuardianTable guardians={household.guardians} />
      <ConsentSection household={household} onChanged={onChanged} />
    </Card>
  );
}

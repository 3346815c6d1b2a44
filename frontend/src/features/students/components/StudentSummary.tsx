import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import type { StudentProfile } from '../hooks/useStudent';
import { FocusCategoryTags } from './FocusCategoryTags';

/** Who the student is: number, class, gender, last contact, contacts this year, focus categories. */
export function StudentSummary({ student }: { student: StudentProfile }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  return (
    <Card>
      <Descriptions
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'studentNo', label: t('student.studentNo'), children: student.studentNo },
          {
            key: 'class',
            label: t('student.class'),
            children: (
              <Link to={`/classes/${encodeURIComponent(student.class.id)}`}>{student.class.name}</Link>
            ),
          },
          { key: 'gender', label: t('student.gender'), children: t(`gender.${student.gender}`) },
          {
            key: 'lastContact',
            label: t('student.lastContact'),
            children: student.lastContactAt ? formatDate(student.lastContactAt, timeZone) : t('roster.never'),
          },
          {
            key: 'contactsThisYear',
            label: t('student.contactsThisYear'),
            children: student.contactsThisYear,
          },
          {
            key: 'focusCategories',
            label: t('student.focusCategories'),
            children: <FocusCategoryTags student={student} />,
          },
        ]}
      />
    </Card>
  );
}

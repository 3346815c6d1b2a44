import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { RestrictedTag } from '../../../components/RestrictedTag';
import type { StudentProfile } from '../hooks/useStudent';

/** 重点关注类别 as tags; "restricted" when the viewer's role may not see them. */
export function FocusCategoryTags({ student }: { student: StudentProfile }) {
  const { t } = useTranslation();
  if (student.maskedFields.includes('focusCategories')) return <RestrictedTag field="focusCategories" />;
  const categories = student.focusCategories ?? [];
  if (categories.length === 0) return <span data-testid="focus-categories">{t('focusCategory.none')}</span>;
  return (
    <Space size={[4, 4]} wrap data-testid="focus-categories">
      {categories.map((category) => (
        <Tag key={category} color="orange">
          {t(`focusCategory.${category}`)}
        </Tag>
      ))}
    </Space>
  );
}

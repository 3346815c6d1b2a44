import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RestrictedTag } from '../../../components/RestrictedTag';
import type { FamilyEconomy, FamilyStructure } from '../../../gql/graphql';

interface Household {
  maskedFields: readonly string[];
  situation: { structure: FamilyStructure; economy: FamilyEconomy; notes: string | null } | null;
}

/** Family structure and economy, with the homeroom teacher's notes; "restricted" when withheld. */
export function FamilySituationView({ household }: { household: Household }) {
  const { t } = useTranslation();
  if (household.maskedFields.includes('situation')) return <RestrictedTag field="situation" />;
  const { situation } = household;
  if (!situation) return <span data-testid="family-situation">{t('common.none')}</span>;
  return (
    <Space orientation="vertical" size={4} data-testid="family-situation">
      <Space size={[4, 4]} wrap>
        <Tag>{t(`familyStructure.${situation.structure}`)}</Tag>
        <Tag color={situation.economy === 'ORDINARY' ? 'default' : 'orange'}>
          {t(`familyEconomy.${situation.economy}`)}
        </Tag>
      </Space>
      {situation.notes && <Typography.Text type="secondary">{situation.notes}</Typography.Text>}
    </Space>
  );
}

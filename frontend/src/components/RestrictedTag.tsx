import { LockOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** In place of a field the privacy policy withholds from the viewer's role: a grey "restricted" tag. */
export function RestrictedTag({ field }: { field: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('privacy.restrictedTooltip')}>
      <Tag
        icon={<LockOutlined />}
        color="default"
        tabIndex={0}
        aria-label={t('privacy.restrictedAria')}
        data-testid={`restricted-${field}`}
      >
        {t('privacy.restricted')}
      </Tag>
    </Tooltip>
  );
}

import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A number to call, or — when the server masked it for the viewer's role (138****5678) — plain text. */
export function GuardianPhone({ phone }: { phone: string | null }) {
  const { t } = useTranslation();
  if (!phone) return <>{t('common.none')}</>;
  if (phone.includes('*')) {
    return (
      <Tooltip title={t('privacy.maskedPhone')}>
        <Typography.Text data-testid="guardian-phone" data-masked="true">
          {phone}
        </Typography.Text>
      </Tooltip>
    );
  }
  return (
    <a href={`tel:${phone}`} data-testid="guardian-phone">
      {phone}
    </a>
  );
}

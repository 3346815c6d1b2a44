import { CloseCircleFilled } from '@ant-design/icons';
import { Button, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';

interface ErrorResultProps {
  error?: Error;
  title?: string;
  onRetry?: () => void;
}

/**
 * A failed load: what happened, and a retry where one makes sense. Built from light parts
 * (not antd's Result) because the app shell shows it before any route chunk has loaded.
 */
export function ErrorResult({ error, title, onRetry }: ErrorResultProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 16px', textAlign: 'center' }} role="alert">
      <CloseCircleFilled style={{ fontSize: 56, color: token.colorError }} />
      <div style={{ fontSize: 22, color: token.colorTextHeading }}>{title ?? t('common.errorTitle')}</div>
      <div style={{ color: token.colorTextSecondary }}>
        {t('common.errorSubtitle', { detail: error?.message ?? '' })}
      </div>
      {onRetry && (
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Flex>
  );
}

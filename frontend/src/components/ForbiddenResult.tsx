import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface ForbiddenResultProps {
  title: string;
  subTitle?: string;
}

/** The server said FORBIDDEN: the viewer's role may not use this page at all. */
export function ForbiddenResult({ title, subTitle }: ForbiddenResultProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={title}
      subTitle={subTitle}
      data-testid="forbidden"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.home')}
        </Button>
      }
    />
  );
}

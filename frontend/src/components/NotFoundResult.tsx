import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface NotFoundResultProps {
  title: string;
  subTitle?: string;
}

/** Missing or not visible: the API does not tell them apart, and neither do we. */
export function NotFoundResult({ title, subTitle }: NotFoundResultProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={title}
      subTitle={subTitle}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.home')}
        </Button>
      }
    />
  );
}

import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth/authContext';

/** Signed in at the identity provider, but not a member of staff in the school directory. */
export default function NoAccessPage({ username }: { username: string }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  return (
    <Result
      status="403"
      title={t('auth.noAccessTitle')}
      subTitle={t('auth.noAccessSubtitle', { username })}
      extra={
        <Button type="primary" onClick={() => void signOut()}>
          {t('auth.signOut')}
        </Button>
      }
    />
  );
}

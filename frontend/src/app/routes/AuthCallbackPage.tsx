import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import { useAuth } from '../../lib/auth/authContext';
import { AppLayout } from '../layout/AppLayout';

/** /auth/callback: trades the authorization code for tokens, then returns to the page asked for. */
export function AuthCallbackPage() {
  const { t } = useTranslation();
  const { completeSignIn } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<Error>();

  useEffect(() => {
    completeSignIn().then(
      (returnTo) => navigate(returnTo, { replace: true }),
      (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))),
    );
  }, [completeSignIn, navigate]);

  return (
    <AppLayout>
      {error ? (
        <ErrorResult
          title={t('auth.callbackFailed')}
          error={error}
          onRetry={() => navigate('/', { replace: true })}
        />
      ) : (
        <PageSpinner />
      )}
    </AppLayout>
  );
}

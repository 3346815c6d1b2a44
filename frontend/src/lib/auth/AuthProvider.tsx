import type { User, UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import { configureGraphQLClient } from '../graphql/client';
import { AuthContext, type AuthContextValue } from './authContext';
import { fetchAuthConfig } from './config';
import { proxiedIssuerMetadata } from './devMetadata';
import { createUserManager, type SignInState } from './userManager';

// The callback must be processed once even when React runs effects twice (StrictMode).
let pendingCallback: Promise<User> | undefined;

/** Loads the identity provider's settings, restores the session and wires the GraphQL client. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [manager, setManager] = useState<UserManager>();
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<Error>();
  // The token is read outside React (by the GraphQL client), so keep it in a ref as well,
  // updated together with the state before any child renders with it.
  const userRef = useRef<User | null>(null);
  const applyUser = useCallback((next: User | null) => {
    userRef.current = next;
    setUser(next);
  }, []);

  useEffect(() => {
    let active = true;
    (async () => {
      const config = await fetchAuthConfig();
      const metadata = import.meta.env.DEV ? await proxiedIssuerMetadata(config.authority) : undefined;
      const created = createUserManager(config, metadata);
      const stored = await created.getUser();
      if (!active) return;
      configureGraphQLClient({
        getAccessToken: () => userRef.current?.access_token,
        onUnauthorized: () => {
          void created.removeUser();
          applyUser(null);
        },
      });
      applyUser(stored && !stored.expired ? stored : null);
      setManager(created);
    })().catch((e: unknown) => active && setError(e instanceof Error ? e : new Error(String(e))));
    return () => {
      active = false;
    };
  }, [applyUser]);

  const signIn = useCallback(
    async (returnTo = '/') => {
      if (!manager) return;
      const state: SignInState = { returnTo };
      await manager.signinRedirect({ state });
    },
    [manager],
  );

  const signOut = useCallback(async () => {
    if (!manager) return;
    const current = userRef.current;
    try {
      await manager.signoutRedirect({ id_token_hint: current?.id_token });
    } catch {
      // The provider has no end-session endpoint (or is unreachable): forget the user here.
      await manager.removeUser();
      applyUser(null);
      window.location.assign('/');
    }
  }, [manager, applyUser]);

  const completeSignIn = useCallback(async () => {
    if (!manager) throw new Error('auth not ready');
    pendingCallback ??= manager.signinRedirectCallback();
    const signedIn = await pendingCallback;
    applyUser(signedIn);
    const state = signedIn.state as Partial<SignInState> | undefined;
    const returnTo = state?.returnTo;
    return returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  }, [manager, applyUser]);

  const value = useMemo<AuthContextValue>(
    () => ({ user, signIn, signOut, completeSignIn }),
    [user, signIn, signOut, completeSignIn],
  );

  if (error) return <ErrorResult title={t('auth.configFailed')} error={error} />;
  if (!manager) return <PageSpinner />;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

import { ErrorResponse, type User, type UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import { configureGraphQLClient } from '../graphql/client';
import { AuthContext, type AuthContextValue } from './authContext';
import { fetchAuthConfig } from './config';
import { proxiedIssuerMetadata } from './devMetadata';
import { createRenewal } from './renewal';
import { sessionMarker } from './sessionMarker';
import { CALLBACK_PATH, createUserManager, type SignInState } from './userManager';

// The callback must be processed once even when React runs effects twice (StrictMode).
let pendingCallback: Promise<User> | undefined;

/** Only a path of this app: never an address elsewhere that a crafted state could name. */
const safeReturnTo = (returnTo: string | undefined) =>
  returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';

/**
 * Loads the identity provider's settings, restores the session and wires the GraphQL client.
 * Tokens are held in memory (see `userManager.ts`): the access token is renewed before it
 * expires and after the API refuses it; a reloaded page asks the issuer for new tokens.
 */
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
    if (next) sessionMarker.set();
    else sessionMarker.clear();
    setUser(next);
  }, []);

  useEffect(() => {
    let active = true;
    (async () => {
      const config = await fetchAuthConfig();
      const metadata = import.meta.env.DEV ? await proxiedIssuerMetadata(config.authority) : undefined;
      const created = createUserManager(config, metadata);
      if (!active) return;
      const renew = createRenewal(created, applyUser);
      created.events.addAccessTokenExpiring(() => void renew());
      configureGraphQLClient({
        getAccessToken: () => userRef.current?.access_token,
        renewAccessToken: async () => (await renew())?.access_token,
        onUnauthorized: () => {
          void created.removeUser();
          applyUser(null);
        },
      });
      if (sessionMarker.isSet() && window.location.pathname !== CALLBACK_PATH) {
        // Reloaded while signed in: the tokens went with the old page. The issuer still has
        // its sign-in session, so prompt=none brings new ones back without asking anything
        // (or says login_required, and the sign-in button shows).
        const { pathname, search, hash } = window.location;
        const state: SignInState = { returnTo: `${pathname}${search}${hash}`, silent: true };
        await created.signinRedirect({ state, prompt: 'none' });
        return;
      }
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
    // Before leaving: the page the issuer sends back to must not sign in again silently.
    sessionMarker.clear();
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
    let signedIn: User;
    try {
      signedIn = await pendingCallback;
    } catch (e) {
      const state = e instanceof ErrorResponse ? (e.state as Partial<SignInState> | undefined) : undefined;
      if (!state?.silent) throw e;
      // The reload's silent sign-in found no session at the issuer: signed out, on the
      // page that was reloaded (which shows the sign-in button).
      applyUser(null);
      return safeReturnTo(state.returnTo);
    }
    applyUser(signedIn);
    const state = signedIn.state as Partial<SignInState> | undefined;
    return safeReturnTo(state?.returnTo);
  }, [manager, applyUser]);

  const value = useMemo<AuthContextValue>(
    () => ({ user, signIn, signOut, completeSignIn }),
    [user, signIn, signOut, completeSignIn],
  );

  if (error) return <ErrorResult title={t('auth.configFailed')} error={error} />;
  if (!manager) return <PageSpinner />;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

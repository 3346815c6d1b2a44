import { InMemoryWebStorage, UserManager, WebStorageStateStore, type OidcMetadata } from 'oidc-client-ts';
import type { AuthConfig } from './config';

export const CALLBACK_PATH = '/auth/callback';

/** Renew this long before the access token expires (tokens live 5 minutes). */
export const RENEW_BEFORE_EXPIRY_SECONDS = 30;

/** Where to go after sign-in, carried through the identity provider in the OIDC state. */
export interface SignInState {
  returnTo: string;
  /** A reloaded page asking the issuer, without showing anything, for the session it still has. */
  silent?: boolean;
}

/**
 * Authorization code flow with PKCE (oidc-client-ts does S256 by default). The tokens are
 * kept in this page's memory only: a script injected into the page could still use them
 * while it runs, but none can be read from storage afterwards, by another tab or from a
 * shared computer's profile. The access token is short-lived and renewed with the refresh
 * token (see `renewal.ts`); a reload starts with no token and asks the issuer again.
 *
 * The state of a sign-in under way (PKCE verifier, page to return to) has to survive the
 * redirect to the issuer, so it sits in this tab's sessionStorage until the callback
 * consumes it; it holds no token.
 */
export function createUserManager(
  config: AuthConfig,
  metadata?: Partial<OidcMetadata>,
  origin = window.location.origin,
): UserManager {
  return new UserManager({
    ...(metadata ? { metadata } : {}),
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: config.scope,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renewal is ours (one at a time, shared with the retry after a 401): the refresh
    // token rotates, so two renewals racing with the same token would sign the user out.
    automaticSilentRenew: false,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_EXPIRY_SECONDS,
    monitorSession: false,
    loadUserInfo: false,
  });
}

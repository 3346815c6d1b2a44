import { UserManager, WebStorageStateStore, type OidcMetadata } from 'oidc-client-ts';
import type { AuthConfig } from './config';

export const CALLBACK_PATH = '/auth/callback';

/** Where to go after sign-in, carried through the identity provider in the OIDC state. */
export interface SignInState {
  returnTo: string;
}

/** Authorization code flow with PKCE (oidc-client-ts does S256 by default); tokens in sessionStorage. */
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
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Public clients get no refresh token; an expired token sends the user to sign in again.
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
  });
}

import type { User, UserManager } from 'oidc-client-ts';

/**
 * Renews the access token with the refresh token the user manager holds in memory. Calls
 * made while a renewal is under way share it: the issuer rotates refresh tokens, so a
 * second renewal with the same token would be refused (and Keycloak would end the session).
 * Resolves to the new user, or null when the session cannot be renewed (no refresh token,
 * expired, revoked, issuer unreachable).
 */
export function createRenewal(
  manager: UserManager,
  onRenewed: (user: User) => void,
): () => Promise<User | null> {
  let pending: Promise<User | null> | undefined;
  return () => {
    pending ??= manager
      .signinSilent()
      .then(
        (user) => {
          if (user) onRenewed(user);
          return user;
        },
        () => null,
      )
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

import { createContext, useContext } from 'react';
import type { User } from 'oidc-client-ts';

export interface AuthContextValue {
  /** The signed-in user, or null. */
  user: User | null;
  /** Starts the authorization-code flow; comes back to `returnTo` afterwards. */
  signIn: (returnTo?: string) => Promise<void>;
  /** Ends the session at the identity provider, or at least locally. */
  signOut: () => Promise<void>;
  /** Completes the flow on /auth/callback; resolves to the page to return to. */
  completeSignIn: () => Promise<string>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}

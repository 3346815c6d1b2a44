/**
 * Whether this tab was signed in before its page was (re)loaded. Tokens live in memory, so
 * a reload loses them; with this mark the app asks the issuer for new ones at once
 * (`prompt=none`: no page is shown, the issuer answers from its own sign-in session) instead
 * of showing the sign-in button. It is a flag, not a credential: it lets nobody in.
 */
const KEY = 'jiaxiao.auth.signedIn';

export const sessionMarker = {
  isSet: (): boolean => window.sessionStorage.getItem(KEY) === '1',
  set: (): void => window.sessionStorage.setItem(KEY, '1'),
  clear: (): void => window.sessionStorage.removeItem(KEY),
};

import { User } from 'oidc-client-ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createUserManager } from './userManager';

const config = { authority: 'http://localhost:8080', clientId: 'jiaxiao-spa', scope: 'openid profile' };

const signedIn = () =>
  new User({
    access_token: 'access-token-secret',
    refresh_token: 'refresh-token-secret',
    id_token: 'id-token-secret',
    token_type: 'Bearer',
    scope: 'openid profile',
    profile: { sub: 'homeroom', iss: config.authority, aud: config.clientId, exp: 0, iat: 0 },
    expires_at: Math.floor(Date.now() / 1000) + 300,
  });

/** Every value the browser would keep after the page is gone. */
const persisted = () =>
  [window.sessionStorage, window.localStorage].flatMap((storage) =>
    Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`),
  );

describe('the token store', () => {
  afterEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
  });

  it('keeps the tokens in memory, not in sessionStorage or localStorage', async () => {
    const manager = createUserManager(config, undefined, 'http://localhost:8080');
    await manager.storeUser(signedIn());

    const user = await manager.getUser();
    expect(user?.access_token).toBe('access-token-secret');
    expect(user?.refresh_token).toBe('refresh-token-secret');
    const stored = persisted().join('\n');
    expect(stored).not.toContain('access-token-secret');
    expect(stored).not.toContain('refresh-token-secret');
    expect(stored).not.toContain('id-token-secret');
  });

  it('forgets the tokens with the page: a reloaded page starts without them', async () => {
    await createUserManager(config, undefined, 'http://localhost:8080').storeUser(signedIn());
    const afterReload = createUserManager(config, undefined, 'http://localhost:8080');
    expect(await afterReload.getUser()).toBeNull();
  });
});

import type { User, UserManager } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { createRenewal } from './renewal';

const user = (token: string) => ({ access_token: token }) as User;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('token renewal', () => {
  it('shares one renewal between the callers that ask while it runs', async () => {
    const answer = deferred<User | null>();
    const signinSilent = vi.fn().mockReturnValue(answer.promise);
    const onRenewed = vi.fn();
    const renew = createRenewal({ signinSilent } as unknown as UserManager, onRenewed);

    const first = renew();
    const second = renew();
    answer.resolve(user('fresh'));

    await expect(first).resolves.toEqual(user('fresh'));
    await expect(second).resolves.toEqual(user('fresh'));
    expect(signinSilent).toHaveBeenCalledOnce();
    expect(onRenewed).toHaveBeenCalledOnce();
  });

  it('renews again once the previous renewal is over', async () => {
    const signinSilent = vi.fn().mockResolvedValueOnce(user('one')).mockResolvedValueOnce(user('two'));
    const renew = createRenewal({ signinSilent } as unknown as UserManager, vi.fn());
    await expect(renew()).resolves.toEqual(user('one'));
    await expect(renew()).resolves.toEqual(user('two'));
  });

  it('resolves to null when the session cannot be renewed', async () => {
    const signinSilent = vi.fn().mockRejectedValue(new Error('invalid_grant'));
    const onRenewed = vi.fn();
    const renew = createRenewal({ signinSilent } as unknown as UserManager, onRenewed);
    await expect(renew()).resolves.toBeNull();
    expect(onRenewed).not.toHaveBeenCalled();
  });
});

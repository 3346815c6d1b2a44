import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExploreFetcher } from './fetcher';

describe('Explore fetcher', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('signs GraphiQL requests with the user token and passes answers to the table', async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify({ data: { analytics: null } })));
    vi.stubGlobal('fetch', fetchMock);
    const onResult = vi.fn();
    const fetcher = createExploreFetcher(() => 'token-9', onResult);

    await expect(fetcher({ query: '{ analytics { minGroupSize } }' })).resolves.toEqual({
      data: { analytics: null },
    });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-9');
    expect(onResult).toHaveBeenCalledWith({ data: { analytics: null } });
  });

  it('keeps the schema introspection out of the results', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response(JSON.stringify({ data: { __schema: {} } }))),
    );
    const onResult = vi.fn();
    await createExploreFetcher(
      () => undefined,
      onResult,
    )({ query: '{ __schema { types { name } } }', operationName: 'IntrospectionQuery' });
    expect(onResult).not.toHaveBeenCalled();
  });
});

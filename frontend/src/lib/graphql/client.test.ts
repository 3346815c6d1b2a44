import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewerDocument } from '../../gql/graphql';
import { configureGraphQLClient, request } from './client';
import { GraphQLRequestError, UnauthorizedError } from './errors';

const respond = (status: number, body: unknown) =>
  vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status }));

describe('GraphQL client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the document to /graphql with the bearer token', async () => {
    const fetchMock = respond(200, { data: { viewer: null } });
    vi.stubGlobal('fetch', fetchMock);
    configureGraphQLClient({ getAccessToken: () => 'token-1', onUnauthorized: vi.fn() });

    await expect(request(ViewerDocument)).resolves.toEqual({ viewer: null });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-1');
    expect(JSON.parse(init.body as string).query).toContain('query Viewer');
  });

  it('treats HTTP 401 as signed out', async () => {
    vi.stubGlobal('fetch', respond(401, {}));
    const onUnauthorized = vi.fn();
    configureGraphQLClient({ getAccessToken: () => 'expired', onUnauthorized });
    await expect(request(ViewerDocument)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('turns GraphQL errors into a GraphQLRequestError', async () => {
    vi.stubGlobal(
      'fetch',
      respond(200, {
        data: null,
        errors: [{ message: 'boom', extensions: { classification: 'INTERNAL_ERROR' } }],
      }),
    );
    configureGraphQLClient({ getAccessToken: () => 't', onUnauthorized: vi.fn() });
    const error = await request(ViewerDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe('boom');
  });
});

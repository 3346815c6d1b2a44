import { afterEach, describe, expect, it, vi } from 'vitest';
import persistedDocuments from '../../gql/persisted-documents.json';
import { ViewerDocument } from '../../gql/graphql';
import { configureGraphQLClient, request } from './client';
import { GraphQLRequestError, UnauthorizedError } from './errors';

/** The hash under which the build registers the document starting with `start`. */
const persistedHashOf = (start: string) =>
  Object.entries(persistedDocuments as Record<string, string>).find(([, text]) =>
    text.startsWith(start),
  )?.[0];

const respond = (status: number, body: unknown) =>
  vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status }));

describe('GraphQL client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the document by its registered hash to /graphql with the bearer token', async () => {
    const fetchMock = respond(200, { data: { viewer: null } });
    vi.stubGlobal('fetch', fetchMock);
    configureGraphQLClient({ getAccessToken: () => 'token-1', onUnauthorized: vi.fn() });

    await expect(request(ViewerDocument)).resolves.toEqual({ viewer: null });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-1');
    const body = JSON.parse(init.body as string);
    expect(body.query).toBeUndefined();
    expect(body.extensions.persistedQuery).toEqual({
      version: 1,
      sha256Hash: persistedHashOf('query Viewer {'),
    });
  });

  it('sends the text when the server does not know the hash', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({
            errors: [
              { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
            ],
          }),
          { status: 200 },
        ),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ data: { viewer: null } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    configureGraphQLClient({ getAccessToken: () => 't', onUnauthorized: vi.fn() });

    await expect(request(ViewerDocument)).resolves.toEqual({ viewer: null });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [, retry] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(JSON.parse(retry.body as string).query).toContain('query Viewer');
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

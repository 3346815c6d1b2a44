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
  vi.fn().mockImplementation(() => Promise.resolve(new Response(JSON.stringify(body), { status })));

/** Answers each request in turn: a Response body can be read only once. */
const respondInTurn = (...answers: [number, unknown][]) => {
  const fetchMock = vi.fn();
  for (const [status, body] of answers)
    fetchMock.mockImplementationOnce(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
  return fetchMock;
};

const bearer = (fetchMock: ReturnType<typeof vi.fn>, call: number) =>
  ((fetchMock.mock.calls[call] as [string, RequestInit])[1].headers as Record<string, string>).Authorization;

const noRenewal = () => Promise.resolve(undefined);

describe('GraphQL client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the document by its registered hash to /graphql with the bearer token', async () => {
    const fetchMock = respond(200, { data: { viewer: null } });
    vi.stubGlobal('fetch', fetchMock);
    configureGraphQLClient({
      getAccessToken: () => 'token-1',
      renewAccessToken: noRenewal,
      onUnauthorized: vi.fn(),
    });

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
    configureGraphQLClient({
      getAccessToken: () => 't',
      renewAccessToken: noRenewal,
      onUnauthorized: vi.fn(),
    });

    await expect(request(ViewerDocument)).resolves.toEqual({ viewer: null });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [, retry] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(JSON.parse(retry.body as string).query).toContain('query Viewer');
  });

  it('renews the token after HTTP 401 and sends the same request again', async () => {
    const fetchMock = respondInTurn([401, {}], [200, { data: { viewer: null } }]);
    vi.stubGlobal('fetch', fetchMock);
    const renewAccessToken = vi.fn().mockResolvedValue('fresh');
    const onUnauthorized = vi.fn();
    configureGraphQLClient({ getAccessToken: () => 'expired', renewAccessToken, onUnauthorized });

    await expect(request(ViewerDocument)).resolves.toEqual({ viewer: null });
    expect(renewAccessToken).toHaveBeenCalledOnce();
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(bearer(fetchMock, 0)).toBe('Bearer expired');
    expect(bearer(fetchMock, 1)).toBe('Bearer fresh');
    const [first, second] = fetchMock.mock.calls.map(([, init]) => (init as RequestInit).body);
    expect(second).toBe(first);
  });

  it('renews after an UNAUTHORIZED error in the body as after HTTP 401', async () => {
    const fetchMock = respondInTurn(
      [200, { data: null, errors: [{ message: 'no', extensions: { classification: 'UNAUTHORIZED' } }] }],
      [200, { data: { viewer: null } }],
    );
    vi.stubGlobal('fetch', fetchMock);
    const renewAccessToken = vi.fn().mockResolvedValue('fresh');
    configureGraphQLClient({ getAccessToken: () => 'expired', renewAccessToken, onUnauthorized: vi.fn() });
    await expect(request(ViewerDocument)).resolves.toEqual({ viewer: null });
    expect(bearer(fetchMock, 1)).toBe('Bearer fresh');
  });

  it('treats HTTP 401 as signed out when the session cannot be renewed', async () => {
    const fetchMock = respond(401, {});
    vi.stubGlobal('fetch', fetchMock);
    const onUnauthorized = vi.fn();
    configureGraphQLClient({ getAccessToken: () => 'expired', renewAccessToken: noRenewal, onUnauthorized });
    await expect(request(ViewerDocument)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('renews only once: a renewed token that is refused too signs out', async () => {
    const fetchMock = respond(401, {});
    vi.stubGlobal('fetch', fetchMock);
    const renewAccessToken = vi.fn().mockResolvedValue('also-refused');
    const onUnauthorized = vi.fn();
    configureGraphQLClient({ getAccessToken: () => 'expired', renewAccessToken, onUnauthorized });
    await expect(request(ViewerDocument)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(renewAccessToken).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('counts a failed renewal as signed out, not as an error of the page', async () => {
    vi.stubGlobal('fetch', respond(401, {}));
    const onUnauthorized = vi.fn();
    const renewAccessToken = vi.fn().mockRejectedValue(new Error('issuer unreachable'));
    configureGraphQLClient({ getAccessToken: () => 'expired', renewAccessToken, onUnauthorized });
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
    configureGraphQLClient({
      getAccessToken: () => 't',
      renewAccessToken: noRenewal,
      onUnauthorized: vi.fn(),
    });
    const error = await request(ViewerDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe('boom');
  });
});

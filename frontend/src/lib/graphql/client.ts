import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, UnauthorizedError, type GraphQLErrorItem } from './errors';

/**
 * A deliberately tiny GraphQL-over-HTTP client: POST /graphql with the OIDC access token.
 * Documents are the typed strings generated into src/gql/ (documentMode "string"), so no
 * GraphQL runtime ships to the browser.
 *
 * Each generated document carries its hash (codegen's persisted documents), and the server
 * registers them all at build time: a request sends only the hash, the way Apollo's
 * persisted queries do, so a server that accepts registered documents only serves the SPA.
 * A server that does not know the hash (one built without this SPA, e.g. while developing
 * with Vite) answers PERSISTED_QUERY_NOT_FOUND, and the request is sent again with its text.
 */
export interface GraphQLClientOptions {
  getAccessToken: () => string | undefined;
  /**
   * Renews the access token (with the refresh token held in memory); resolves to the new
   * token, or undefined when the session cannot be renewed.
   */
  renewAccessToken: () => Promise<string | undefined>;
  /** The session is over: renewing did not help. */
  onUnauthorized: () => void;
}

let options: GraphQLClientOptions = {
  getAccessToken: () => undefined,
  renewAccessToken: () => Promise.resolve(undefined),
  onUnauthorized: () => {},
};

/** Called once by the auth provider: where the token comes from and what a 401 does. */
export function configureGraphQLClient(next: GraphQLClientOptions): void {
  options = next;
}

export const GRAPHQL_ENDPOINT = '/graphql';

type Variables<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

interface Outcome<TResult> {
  response: Response;
  body: { data?: TResult | null; errors?: GraphQLErrorItem[] } | undefined;
  unauthorized: boolean;
}

/**
 * Sends the document; when the server refuses the token (it expired while the laptop slept,
 * or was revoked) renews it once and sends the same request again, so a form submitted after
 * the token ran out is not lost. Nothing ran on the server for a refused token, so repeating
 * is safe. Only when renewing fails does the user count as signed out.
 */
export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: Variables<TVariables>
): Promise<TResult> {
  const hash = documentHash(document);
  const payload = hash
    ? { variables: variables ?? {}, extensions: persistedQuery(hash) }
    : { query: String(document), variables: variables ?? {} };
  let outcome = await sendOnce<TResult>(document, payload, options.getAccessToken());
  if (outcome.unauthorized) {
    const renewed = await options.renewAccessToken().catch(() => undefined);
    if (renewed) outcome = await sendOnce<TResult>(document, payload, renewed);
    if (outcome.unauthorized) {
      options.onUnauthorized();
      throw new UnauthorizedError();
    }
  }
  const { response, body } = outcome;
  const errors = body?.errors ?? [];
  if (!response.ok || !body || errors.length > 0 || body.data == null) {
    throw new GraphQLRequestError(errors[0]?.message ?? `HTTP ${response.status}`, {
      status: response.status,
      errors,
    });
  }
  return body.data;
}

/** Sends by hash; a server that does not know the hash yet gets the document's text once. */
async function sendOnce<TResult>(
  document: unknown,
  payload: Record<string, unknown>,
  token: string | undefined,
): Promise<Outcome<TResult>> {
  const outcome = await post<TResult>(payload, token);
  const unknownHash = outcome.body?.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
  if (!('extensions' in payload) || !unknownHash) return outcome;
  return post<TResult>({ ...payload, query: String(document) }, token);
}

async function post<TResult>(
  payload: Record<string, unknown>,
  token: string | undefined,
): Promise<Outcome<TResult>> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(payload),
    });
  } catch (cause) {
    throw new GraphQLRequestError(cause instanceof Error ? cause.message : 'Network error');
  }
  if (response.status === 401) return { response, body: undefined, unauthorized: true };
  const body = (await response.json().catch(() => undefined)) as Outcome<TResult>['body'];
  const unauthorized = (body?.errors ?? []).some((e) => e.extensions?.classification === 'UNAUTHORIZED');
  return { response, body, unauthorized };
}

/** The SHA-256 codegen gave the document (persisted documents), if it has one. */
function documentHash(document: unknown): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

/** The extension Apollo's persisted queries send: version 1, the document's SHA-256 in hex. */
function persistedQuery(sha256Hash: string) {
  return { persistedQuery: { version: 1, sha256Hash } };
}

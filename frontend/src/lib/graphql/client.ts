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
  onUnauthorized: () => void;
}

let options: GraphQLClientOptions = { getAccessToken: () => undefined, onUnauthorized: () => {} };

/** Called once by the auth provider: where the token comes from and what a 401 does. */
export function configureGraphQLClient(next: GraphQLClientOptions): void {
  options = next;
}

export const GRAPHQL_ENDPOINT = '/graphql';

type Variables<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: Variables<TVariables>
): Promise<TResult> {
  const hash = documentHash(document);
  let { response, body } = hash
    ? await post<TResult>({ variables: variables ?? {}, extensions: persistedQuery(hash) })
    : await post<TResult>({ query: String(document), variables: variables ?? {} });
  if (hash && body?.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    ({ response, body } = await post<TResult>({ query: String(document), variables: variables ?? {} }));
  }
  if (response.status === 401) {
    options.onUnauthorized();
    throw new UnauthorizedError();
  }
  const errors = body?.errors ?? [];
  if (errors.some((e) => e.extensions?.classification === 'UNAUTHORIZED')) {
    options.onUnauthorized();
    throw new UnauthorizedError();
  }
  if (!response.ok || !body || errors.length > 0 || body.data == null) {
    throw new GraphQLRequestError(errors[0]?.message ?? `HTTP ${response.status}`, {
      status: response.status,
      errors,
    });
  }
  return body.data;
}

interface Answer<TResult> {
  response: Response;
  body: { data?: TResult | null; errors?: GraphQLErrorItem[] } | undefined;
}

async function post<TResult>(payload: Record<string, unknown>): Promise<Answer<TResult>> {
  const token = options.getAccessToken();
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
  const body = (await response.json().catch(() => undefined)) as Answer<TResult>['body'];
  return { response, body };
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

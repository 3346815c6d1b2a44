import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, UnauthorizedError, type GraphQLErrorItem } from './errors';

/**
 * A deliberately tiny GraphQL-over-HTTP client: POST /graphql with the OIDC access token.
 * Documents are the typed strings generated into src/gql/ (documentMode "string"), so no
 * GraphQL runtime ships to the browser.
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
      body: JSON.stringify({ query: String(document), variables: variables ?? {} }),
    });
  } catch (cause) {
    throw new GraphQLRequestError(cause instanceof Error ? cause.message : 'Network error');
  }
  if (response.status === 401) {
    options.onUnauthorized();
    throw new UnauthorizedError();
  }
  const body = (await response.json().catch(() => undefined)) as
    { data?: TResult | null; errors?: GraphQLErrorItem[] } | undefined;
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

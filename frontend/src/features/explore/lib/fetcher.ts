/**
 * GraphiQL's fetcher for Explore: posts to /graphql signed in with the user's own access
 * token, and hands every answer except GraphiQL's own schema introspection to the
 * results table.
 */
export interface ExploreRequest {
  query: string;
  variables?: unknown;
  operationName?: string | null;
}

export function createExploreFetcher(
  getAccessToken: () => string | undefined,
  onResult: (result: unknown) => void,
): (request: ExploreRequest) => Promise<unknown> {
  return async (request) => {
    const token = getAccessToken();
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(request),
    });
    const result: unknown = await response
      .json()
      .catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
    if (request.operationName !== 'IntrospectionQuery') onResult(result);
    return result;
  };
}

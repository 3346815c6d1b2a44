/** One entry of a GraphQL response's `errors` array. */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { classification?: string; [key: string]: unknown };
}

/** The request failed: network, HTTP status or GraphQL `errors` (not a mutation's UserError). */
export class GraphQLRequestError extends Error {
  readonly status?: number;
  readonly errors: readonly GraphQLErrorItem[];

  constructor(message: string, options: { status?: number; errors?: readonly GraphQLErrorItem[] } = {}) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.status = options.status;
    this.errors = options.errors ?? [];
  }
}

/** The server no longer accepts the token (HTTP 401): the user counts as signed out. */
export class UnauthorizedError extends GraphQLRequestError {
  constructor() {
    super('Unauthorized', { status: 401 });
    this.name = 'UnauthorizedError';
  }
}

/** The caller's role does not allow the operation at all (the GraphQL error classification FORBIDDEN). */
export function isForbidden(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some((e) => e.extensions?.classification === 'FORBIDDEN')
  );
}

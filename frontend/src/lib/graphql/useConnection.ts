import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<TNode, TOwner> {
  /** The object owning the connection (a class, a student); null when missing or not visible. */
  owner: TOwner | null;
  nodes: TNode[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionState<TNode, TOwner> {
  /** undefined until the first page arrived. */
  owner: TOwner | null | undefined;
  nodes: TNode[];
  /** The first page is loading (initially, or after reload). */
  loading: boolean;
  loadingMore: boolean;
  error: Error | undefined;
  hasNextPage: boolean;
  loadMore: () => void;
  reload: () => void;
}

interface Loaded<TNode, TOwner> extends Page<TNode, TOwner> {
  token: string;
  key: string;
  error?: Error;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/**
 * Relay-style forward paging with a "load more" button: the first page when `key` or
 * `version` changes (or on reload()), further pages appended after the last endCursor.
 * While the same key reloads, the entries already shown stay visible.
 */
export function useConnection<TNode, TOwner>(
  fetchPage: (after: string | null) => Promise<Page<TNode, TOwner>>,
  key: string,
  version = 0,
): ConnectionState<TNode, TOwner> {
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<TNode, TOwner>>();
  const [loadingMore, setLoadingMore] = useState(false);
  const fetchRef = useRef(fetchPage);
  const tokenRef = useRef('');
  const token = `${key}#${version}#${generation}`;

  useEffect(() => {
    fetchRef.current = fetchPage;
    tokenRef.current = token;
  });

  useEffect(() => {
    let active = true;
    fetchRef.current(null).then(
      (page) => active && setLoaded({ ...page, token, key }),
      (e: unknown) =>
        active &&
        setLoaded({
          owner: null,
          nodes: [],
          hasNextPage: false,
          endCursor: null,
          token,
          key,
          error: asError(e),
        }),
    );
    return () => {
      active = false;
    };
  }, [token, key]);

  const loadMore = useCallback(() => {
    if (!loaded || !loaded.hasNextPage || loadingMore) return;
    const from = loaded;
    setLoadingMore(true);
    fetchRef.current(from.endCursor).then(
      (page) => {
        if (tokenRef.current !== from.token) return;
        setLoaded({
          ...from,
          nodes: [...from.nodes, ...page.nodes],
          hasNextPage: page.hasNextPage,
          endCursor: page.endCursor,
        });
        setLoadingMore(false);
      },
      (e: unknown) => {
        if (tokenRef.current !== from.token) return;
        setLoaded({ ...from, error: asError(e) });
        setLoadingMore(false);
      },
    );
  }, [loaded, loadingMore]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const sameKey = loaded?.key === key;

  return {
    owner: sameKey ? loaded.owner : undefined,
    nodes: sameKey ? loaded.nodes : [],
    loading: loaded?.token !== token,
    loadingMore,
    error: sameKey ? loaded.error : undefined,
    hasNextPage: sameKey ? loaded.hasNextPage : false,
    loadMore,
    reload,
  };
}

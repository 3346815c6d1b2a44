import { useCallback, useEffect, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
}

interface Settled<T> {
  token: string;
  key: string;
  data?: T;
  error?: Error;
}

/**
 * Runs `load` when `key` changes and on refetch(); ignores answers that arrive after the
 * component moved on. While refetching the same key, the previous data stay visible.
 */
export function useQuery<T>(load: () => Promise<T>, key: string): QueryState<T> {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();
  const token = `${key}#${generation}`;

  useEffect(() => {
    let active = true;
    load().then(
      (data) => active && setSettled({ token, key, data }),
      (error: unknown) =>
        active &&
        setSettled({ token, key, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      active = false;
    };
    // `load` belongs to `key`; depending on its identity would re-run on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    data: settled?.key === key ? settled.data : undefined,
    error: settled?.token === token ? settled.error : undefined,
    loading: settled?.token !== token,
    refetch,
  };
}

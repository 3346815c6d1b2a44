import { useCallback, useState } from 'react';
import { randomUuid } from '../../lib/uuid';

/**
 * A form that opens with a fresh idempotency key each time (null while closed), and whose code
 * loads on first use: `loaded` turns true at the first opening and stays so.
 */
export function useFormOpening(openAtStart = false) {
  const [idempotencyKey, setIdempotencyKey] = useState<string | null>(() =>
    openAtStart ? randomUuid() : null,
  );
  const [loaded, setLoaded] = useState(openAtStart);
  const open = useCallback(() => {
    setLoaded(true);
    setIdempotencyKey(randomUuid());
  }, []);
  const close = useCallback(() => setIdempotencyKey(null), []);
  return { idempotencyKey, loaded, open, close };
}

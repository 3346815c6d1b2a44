import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Wraps a mutation: `submitting` is true while it runs, and a second call while one is in
 * flight is refused (a double click sends once).
 */
export function useSubmit<TArgs extends unknown[], TResult>(send: (...args: TArgs) => Promise<TResult>) {
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  });
  const submit = useCallback(async (...args: TArgs): Promise<TResult | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setSubmitting(true);
    try {
      return await sendRef.current(...args);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }, []);
  return { submit, submitting };
}

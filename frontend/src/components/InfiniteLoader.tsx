import { useEffect, useRef } from 'react';
import { LoadMoreButton } from './LoadMoreButton';

interface InfiniteLoaderProps {
  hasMore: boolean;
  loading: boolean;
  /** Stop loading by itself (after a failed page: the button still works). */
  paused?: boolean;
  onLoadMore: () => void;
}

/**
 * Under a paged list: loads the next page when the list's end scrolls into view
 * (IntersectionObserver), with the "load more" button as the fallback where there is none.
 * The observer is renewed after each page, so a short page that leaves the end in view loads on.
 */
export function InfiniteLoader({ hasMore, loading, paused = false, onLoadMore }: InfiniteLoaderProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore || loading || paused || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: '0px 0px 200px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loading, paused, onLoadMore]);
  return (
    <>
      <div ref={sentinel} aria-hidden="true" data-testid="list-end" style={{ height: 1 }} />
      <LoadMoreButton hasMore={hasMore} loading={loading} onClick={onLoadMore} />
    </>
  );
}

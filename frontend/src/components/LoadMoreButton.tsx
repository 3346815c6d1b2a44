import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
}

/** "Load more" under a paged list; hidden once the last page is in. */
export function LoadMoreButton({ hasMore, loading, onClick }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Flex justify="center" style={{ marginTop: 16 }}>
      <Button onClick={onClick} loading={loading}>
        {t('common.loadMore')}
      </Button>
    </Flex>
  );
}

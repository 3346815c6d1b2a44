import { Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN = 3;

interface IdListProps {
  ids: readonly string[];
  render: (id: string) => ReactNode;
}

/** Ids one under another; past the first three, a "+N" that shows the rest. */
export function IdList({ ids, render }: IdListProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (ids.length === 0) return <>{t('common.none')}</>;
  const shown = expanded ? ids : ids.slice(0, SHOWN);
  return (
    <Space orientation="vertical" size={0}>
      {shown.map((id) => (
        <span key={id}>{render(id)}</span>
      ))}
      {ids.length > SHOWN && (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto' }}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('audit.fewerIds') : t('audit.moreIds', { count: ids.length - SHOWN })}
        </Button>
      )}
    </Space>
  );
}

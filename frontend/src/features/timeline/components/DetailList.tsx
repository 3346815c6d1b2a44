import { Descriptions, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';

/** An entry's fields, one a row, with the labels in a column of their own. */
export function DetailList({ testId, items }: { testId: string; items: DescriptionsProps['items'] }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 128 } }}
      data-testid={testId}
      items={items}
    />
  );
}

/** A text as typed, its line breaks kept. */
export function MultilineText({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'pre-wrap' }}>{children}</span>;
}

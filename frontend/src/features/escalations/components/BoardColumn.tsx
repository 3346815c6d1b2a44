import { Badge, Flex, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BoardColumnProps {
  title: string;
  /** Who owns the step and its deadline. */
  subtitle?: string;
  count?: number;
  testId?: string;
  /** Narrow (a folded column). */
  folded?: boolean;
  extra?: ReactNode;
  children?: ReactNode;
}

/**
 * A column of the board. Columns keep a fixed width and the board scrolls sideways: on a
 * phone (390 px) one column fills most of the screen and the next one peeks in.
 */
export function BoardColumn({ title, subtitle, count, testId, folded, extra, children }: BoardColumnProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <section
      aria-label={title}
      data-testid={testId}
      style={{
        flex: folded ? '0 0 auto' : '0 0 min(280px, 82vw)',
        scrollSnapAlign: 'start',
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        padding: 8,
        minHeight: 120,
      }}
    >
      <Flex justify="space-between" align="start" gap={8} style={{ marginBottom: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>
            {title}{' '}
            {count !== undefined && (
              <Badge
                count={count}
                showZero
                color={token.colorTextQuaternary}
                aria-label={t('escalation.board.count', { count })}
              />
            )}
          </Typography.Text>
          {subtitle && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {subtitle}
              </Typography.Text>
            </div>
          )}
        </div>
        {extra}
      </Flex>
      {children !== undefined && (
        <Flex vertical gap={8}>
          {children}
        </Flex>
      )}
    </section>
  );
}

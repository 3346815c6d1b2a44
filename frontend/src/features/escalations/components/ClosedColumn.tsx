import { Button, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import type { EscalationChainKind, EscalationState } from '../../../gql/graphql';
import { useEscalationBoard } from '../hooks/useEscalationBoard';
import { BoardColumn } from './BoardColumn';
import { EscalationCardView } from './EscalationCardView';

const CLOSED_STATES: EscalationState[] = ['RESOLVED', 'REFUNDED', 'REFUND_REFUSED'];
const CLOSED_PAGE_SIZE = 20;

/** The closed escalations of a chain: folded until asked for, newest first, 20 at a time. */
export function ClosedColumn({ kind, now }: { kind: EscalationChainKind; now: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const closed = useEscalationBoard({ kinds: [kind], states: CLOSED_STATES }, open, CLOSED_PAGE_SIZE);
  return (
    <BoardColumn
      title={t('escalation.board.closed')}
      subtitle={open ? t('escalation.board.closedHint') : undefined}
      folded={!open}
      testId="closed-column"
      extra={
        <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="toggle-closed">
          {open ? t('escalation.board.hideClosed') : t('escalation.board.showClosed')}
        </Button>
      }
    >
      {open && closed.loading && closed.nodes.length === 0 ? (
        <Spin style={{ padding: 16 }} />
      ) : open ? (
        <>
          {closed.nodes.length === 0 && (
            <Typography.Text type="secondary">{t('escalation.board.emptyColumn')}</Typography.Text>
          )}
          {closed.nodes.map((escalation) => (
            <EscalationCardView key={escalation.id} escalation={escalation} now={now} />
          ))}
          <LoadMoreButton
            hasMore={closed.hasNextPage}
            loading={closed.loadingMore}
            onClick={closed.loadMore}
          />
        </>
      ) : undefined}
    </BoardColumn>
  );
}

import { DeleteOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, Grid, message, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { useFormOpening } from '../../../components/form/useFormOpening';
import { formatDateTime } from '../../../lib/format/date';
import { useSchoolTimeZone, useViewer } from '../../viewer/hooks/viewerContext';
import { mayChangeEntry } from '../editPermission';
import { useEntryDetail } from '../hooks/useEntryDetail';
import { AmendmentHistory } from './AmendmentHistory';
import { ContactDetailView } from './ContactDetailView';
import { IncidentDetailView, NoteDetailView } from './IncidentDetailView';

// The amend form and the withdraw dialog load when first used.
const AmendContactForm = lazy(() =>
  import('../../contacts/components/AmendContactForm').then((m) => ({ default: m.AmendContactForm })),
);
const WithdrawContactModal = lazy(() =>
  import('../../contacts/components/WithdrawContactModal').then((m) => ({
    default: m.WithdrawContactModal,
  })),
);

interface EntryDetailDrawerProps {
  /** Set while open. */
  entryId: string | null;
  onClose: () => void;
  /** Shows another entry in the drawer (an incident's answer, a contact's incident). */
  onOpenEntry: (id: string) => void;
  /** After the entry was amended or withdrawn: the list reloads. */
  onChanged: () => void;
}

/** An entry's detail in a drawer (full width on phones): all fields, the history, amend, withdraw, print. */
export function EntryDetailDrawer({ entryId, onClose, onOpenEntry, onChanged }: EntryDetailDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [messages, messageHolder] = message.useMessage();
  return (
    <Drawer
      open={entryId !== null}
      onClose={onClose}
      title={t('entry.title')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
    >
      {messageHolder}
      {entryId && (
        <EntryDetailBody
          key={entryId}
          id={entryId}
          onOpenEntry={onOpenEntry}
          onChanged={onChanged}
          notify={(text) => void messages.success(text)}
        />
      )}
    </Drawer>
  );
}

function EntryDetailBody({
  id,
  onOpenEntry,
  onChanged,
  notify,
}: {
  id: string;
  onOpenEntry: (id: string) => void;
  onChanged: () => void;
  notify: (text: string) => void;
}) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { entry, error, loading, refetch } = useEntryDetail(id);
  // The amend form opens again, with a new key, after a conflict.
  const amendForm = useFormOpening();
  const [conflict, setConflict] = useState(false);
  const withdrawForm = useFormOpening();

  if (loading && entry === undefined) return <PageSpinner />;
  if (error && !entry) return <ErrorResult error={error} onRetry={refetch} />;
  if (!entry) return <Empty description={t('entry.notFound')} />;

  const contact = entry.__typename === 'Contact' ? entry : undefined;
  const changeable = contact !== undefined && mayChangeEntry(viewer, contact);

  const amendKey = amendForm.idempotencyKey;
  if (contact && amendKey) {
    return (
      <>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('amend.title')}
        </Typography.Title>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            title={t('amend.conflict')}
            description={t('amend.conflictDetail')}
            style={{ marginBottom: 16 }}
            data-testid="amend-conflict"
          />
        )}
        {loading ? (
          <PageSpinner />
        ) : (
          <Suspense fallback={<PageSpinner />}>
            <AmendContactForm
              key={`${amendKey}:${contact.version}`}
              contact={contact}
              idempotencyKey={amendKey}
              onAmended={() => {
                notify(t('amend.success'));
                amendForm.close();
                setConflict(false);
                refetch();
                onChanged();
              }}
              onConflict={() => {
                setConflict(true);
                amendForm.open();
                refetch();
              }}
              onCancel={() => {
                amendForm.close();
                setConflict(false);
              }}
            />
          </Suspense>
        )}
      </>
    );
  }

  return (
    <>
      {contact && (
        <Flex gap={8} wrap justify="end" style={{ marginBottom: 16 }}>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => navigate(`/contacts/${encodeURIComponent(contact.id)}/print`)}
            data-testid="print-contact"
          >
            {t('entry.print')}
          </Button>
          {changeable && (
            <Button
              icon={<EditOutlined />}
              onClick={() => {
                setConflict(false);
                amendForm.open();
              }}
              data-testid="amend-contact"
            >
              {t('entry.amend')}
            </Button>
          )}
          {changeable && (
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={withdrawForm.open}
              data-testid="withdraw-contact"
            >
              {t('withdraw.open')}
            </Button>
          )}
        </Flex>
      )}
      {entry.retraction && (
        <Alert
          type="warning"
          showIcon
          title={t('entry.withdrawnTitle')}
          description={t('timeline.withdrawnReason', {
            reason: entry.retraction.reason,
            name: entry.retraction.by?.displayName ?? t('common.none'),
            at: formatDateTime(entry.retraction.at, timeZone),
          })}
          style={{ marginBottom: 16 }}
          data-testid="detail-withdrawn"
        />
      )}
      {contact && <ContactDetailView contact={contact} timeZone={timeZone} onOpenEntry={onOpenEntry} />}
      {entry.__typename === 'Incident' && (
        <IncidentDetailView incident={entry} timeZone={timeZone} onOpenEntry={onOpenEntry} />
      )}
      {entry.__typename === 'Note' && <NoteDetailView note={entry} timeZone={timeZone} />}
      {contact && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('entry.history')}
          </Typography.Title>
          <AmendmentHistory amendments={contact.amendments} timeZone={timeZone} />
        </>
      )}
      <Suspense fallback={null}>
        {contact && withdrawForm.loaded && (
          <WithdrawContactModal
            contactId={contact.id}
            idempotencyKey={withdrawForm.idempotencyKey}
            onClose={withdrawForm.close}
            onWithdrawn={() => {
              notify(t('withdraw.success'));
              withdrawForm.close();
              refetch();
              onChanged();
            }}
          />
        )}
      </Suspense>
    </>
  );
}

import { Drawer, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordContactForm, type RecordContactFormProps } from './RecordContactForm';

interface RecordContactDrawerProps extends Omit<RecordContactFormProps, 'idempotencyKey' | 'onCancel'> {
  /** Set while open: a fresh key each time the drawer opens. */
  idempotencyKey: string | null;
  onClose: () => void;
}

/** The record-contact form in a drawer (full width on phones). */
export function RecordContactDrawer({
  idempotencyKey,
  onClose,
  onRecorded,
  ...formProps
}: RecordContactDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={idempotencyKey !== null}
      onClose={onClose}
      title={t('record.title', { name: formProps.student.name })}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      maskClosable={false}
    >
      {idempotencyKey && (
        <RecordContactForm
          key={idempotencyKey}
          {...formProps}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
          onRecorded={onRecorded}
        />
      )}
    </Drawer>
  );
}

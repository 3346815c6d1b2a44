import { Modal } from 'antd';
import { Fragment, type ReactNode } from 'react';

interface FormModalProps {
  title: ReactNode;
  /** Set while open: a fresh key each time the modal opens (see useFormOpening); null while closed. */
  idempotencyKey: string | null;
  onClose: () => void;
  /** For a wider form (the dialog's default otherwise). */
  width?: number;
  /**
   * The form for this opening. It starts afresh with each key, so a retry or a double submit
   * sends the same key (the server acts once) and a new opening sends a new one.
   */
  children: (idempotencyKey: string) => ReactNode;
}

/** A dialog around a mutation's form; a click beside it does not close it (nothing typed is lost). */
export function FormModal({ title, idempotencyKey, onClose, width, children }: FormModalProps) {
  return (
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={title}
      width={width}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {idempotencyKey && <Fragment key={idempotencyKey}>{children(idempotencyKey)}</Fragment>}
    </Modal>
  );
}

import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AmendContactDocument,
  type AmendContactMutation,
  type ContactDetailFieldsFragment,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { fromContact, initialSections, toAmendInput, type ContactFormValues } from '../contactFormValues';
import { ContactMutationForm } from './ContactMutationForm';

export interface AmendContactFormProps {
  /** The contact as read: its values fill the form, its version goes back as expectedVersion. */
  contact: ContactDetailFieldsFragment;
  /** One per opening (and per version read): a retry or double submit amends once. */
  idempotencyKey: string;
  onAmended: (contact: ContactDetailFieldsFragment) => void;
  /** Someone else amended the record first (CONFLICT): the caller reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}

type AmendContactPayload = AmendContactMutation['amendContact'];

/**
 * 修改联系记录: the record form prefilled with what the contact says now, showing the fields
 * an amendment may change. Sends only what changed, with the version read.
 */
export function AmendContactForm({
  contact,
  idempotencyKey,
  onAmended,
  onConflict,
  onCancel,
}: AmendContactFormProps) {
  const { t } = useTranslation();
  const send = async (values: ContactFormValues, key: string) =>
    (await request(AmendContactDocument, { input: toAmendInput(values, contact, key) })).amendContact;
  const conflict = (payload: AmendContactPayload) => {
    if (!payload.errors.some((e) => e.code === 'CONFLICT')) return false;
    onConflict();
    return true;
  };

  return (
    <ContactMutationForm
      mode="amend"
      initialSections={initialSections(contact.form, contact.kind)}
      name="amend-contact"
      idempotencyKey={idempotencyKey}
      initialValues={fromContact(contact)}
      send={send}
      preempt={conflict}
      saved={(payload) => payload.contact}
      onSaved={onAmended}
      intro={<Alert type="info" showIcon title={t('amend.hint')} style={{ marginBottom: 16 }} />}
      failure={{ title: t('amend.failed'), testId: 'amend-alert' }}
      submit={{ label: t('amend.submit'), testId: 'amend-submit' }}
      onCancel={onCancel}
    />
  );
}

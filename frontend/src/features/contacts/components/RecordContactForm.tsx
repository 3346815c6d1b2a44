import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  RecordContactDocument,
  type ContactKind,
  type GuardianRelation,
  type RecordContactMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { initialSections, toRecordInput, type ContactFormValues } from '../contactFormValues';
import type { RecordDefaults } from '../recordDefaults';
import { ContactMutationForm } from './ContactMutationForm';

type RecordedContact = NonNullable<RecordContactMutation['recordContact']['contact']>;

export interface RecordContactFormProps {
  student: { id: string; name: string };
  guardians: ReadonlyArray<{ id: string; name: string; relation: GuardianRelation }>;
  /** Other children of the household the caller may see; the contact can cover them too. */
  siblings: ReadonlyArray<{ id: string; name: string }>;
  /** One per opening of the form: a retry or double submit never records twice. */
  idempotencyKey: string;
  /** The incident this contact answers (an immediate contact), with a line describing it. */
  answersIncident?: { id: string; label: string };
  /** Starting values when a task opened the form (kind, form). */
  defaults?: RecordDefaults;
  onRecorded: (contact: RecordedContact) => void;
  onCancel: () => void;
}

/** 记录联系: the full visit record, in sections after the paper 《家访记录》. */
export function RecordContactForm(props: RecordContactFormProps) {
  const { student, guardians, siblings, idempotencyKey, answersIncident, defaults, onRecorded, onCancel } =
    props;
  const { t } = useTranslation();
  const initialKind: ContactKind = defaults?.kind ?? (answersIncident ? 'IMMEDIATE' : 'ROUTINE');
  const send = async (values: ContactFormValues, key: string) => {
    const context = { studentId: student.id, idempotencyKey: key, answersIncidentId: answersIncident?.id };
    return (await request(RecordContactDocument, { input: toRecordInput(values, context) })).recordContact;
  };

  return (
    <ContactMutationForm
      mode="record"
      guardians={guardians}
      siblings={siblings}
      initialSections={initialSections(undefined, initialKind)}
      name="record-contact"
      idempotencyKey={idempotencyKey}
      initialValues={{
        form: defaults?.form,
        kind: initialKind,
        occurredAt: dayjs(),
        guardianIdsMet: [],
        siblingIds: [],
        summary: '',
        followUps: [],
        needsSchool: false,
      }}
      send={send}
      saved={(payload) => payload.contact}
      onSaved={onRecorded}
      failure={{ title: t('record.failed'), testId: 'record-alert' }}
      submit={{ label: t('record.submit'), testId: 'record-submit' }}
      onCancel={onCancel}
      notice={
        answersIncident && (
          <Alert
            type="info"
            showIcon
            title={t('record.answersIncident', { incident: answersIncident.label })}
            style={{ marginBottom: 16 }}
            data-testid="answers-incident"
          />
        )
      }
    />
  );
}

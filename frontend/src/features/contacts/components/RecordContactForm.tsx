import { Alert, Button, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactKind, GuardianRelation } from '../../../gql/graphql';
import {
  toRecordInput,
  withSectionsOf,
  type ContactFormValues,
  type ContactSection,
} from '../contactFormValues';
import { useRecordContact, type RecordContactResult } from '../hooks/useRecordContact';
import { requiresAnalysis } from '../policy';
import type { RecordDefaults } from '../recordDefaults';
import { sortUserErrors } from '../userErrors';
import { ContactFormSections } from './ContactFormSections';

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
  onRecorded: (contact: NonNullable<RecordContactResult['contact']>) => void;
  onCancel: () => void;
}

/** 记录联系: the full visit record, in sections after the paper 《家访记录》. */
export function RecordContactForm(props: RecordContactFormProps) {
  const { student, guardians, siblings, idempotencyKey, answersIncident, defaults, onRecorded, onCancel } =
    props;
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactFormValues>();
  const { submit, submitting } = useRecordContact();
  const [alerts, setAlerts] = useState<string[]>([]);
  const initialKind: ContactKind = defaults?.kind ?? (answersIncident ? 'IMMEDIATE' : 'ROUTINE');
  const [sections, setSections] = useState<ContactSection[]>(
    requiresAnalysis(undefined, initialKind) ? ['basics', 'talk', 'analysis'] : ['basics', 'talk'],
  );
  const inFlight = useRef(false);

  const onFinish = async (values: ContactFormValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setAlerts([]);
    try {
      const result = await submit(
        toRecordInput(values, {
          studentId: student.id,
          idempotencyKey,
          answersIncidentId: answersIncident?.id,
        }),
      );
      if (result.errors.length > 0 || !result.contact) {
        const { byField, general } = sortUserErrors(result.errors);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({
            name: name as keyof ContactFormValues,
            errors,
          })),
        );
        setSections((open) => withSectionsOf(open, Object.keys(byField)));
        setAlerts(general);
        return;
      }
      onRecorded(result.contact);
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Form<ContactFormValues>
      form={form}
      layout="vertical"
      name="record-contact"
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
      onFinish={onFinish}
      onFinishFailed={({ errorFields }) =>
        setSections((open) =>
          withSectionsOf(
            open,
            errorFields.map((f) => String(f.name[0])),
          ),
        )
      }
      onValuesChange={(changed: Partial<ContactFormValues>, all: ContactFormValues) => {
        if (('form' in changed || 'kind' in changed) && requiresAnalysis(all.form, all.kind)) {
          setSections((open) => withSectionsOf(open, ['analysis']));
        }
      }}
      disabled={submitting}
    >
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('record.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="record-alert"
        />
      )}
      {answersIncident && (
        <Alert
          type="info"
          showIcon
          title={t('record.answersIncident', { incident: answersIncident.label })}
          style={{ marginBottom: 16 }}
          data-testid="answers-incident"
        />
      )}
      <ContactFormSections
        form={form}
        mode="record"
        guardians={guardians}
        siblings={siblings}
        activeSections={sections}
        onSectionsChange={setSections}
      />
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="record-submit">
          {t('record.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

import { Alert, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetailFieldsFragment } from '../../../gql/graphql';
import {
  fromContact,
  toAmendInput,
  withSectionsOf,
  type ContactFormValues,
  type ContactSection,
} from '../contactFormValues';
import { useAmendContact } from '../hooks/useAmendContact';
import { requiresAnalysis } from '../policy';
import { sortUserErrors } from '../userErrors';
import { ContactFormSections } from './ContactFormSections';

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
  const [form] = Form.useForm<ContactFormValues>();
  const { submit, submitting } = useAmendContact();
  const [alerts, setAlerts] = useState<string[]>([]);
  const [sections, setSections] = useState<ContactSection[]>(
    requiresAnalysis(contact.form, contact.kind) ? ['basics', 'talk', 'analysis'] : ['basics', 'talk'],
  );

  const onFinish = async (values: ContactFormValues) => {
    setAlerts([]);
    try {
      const result = await submit(toAmendInput(values, contact, idempotencyKey));
      if (!result) return;
      if (result.errors.some((e) => e.code === 'CONFLICT')) {
        onConflict();
        return;
      }
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
      onAmended(result.contact);
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<ContactFormValues>
      form={form}
      layout="vertical"
      name="amend-contact"
      initialValues={fromContact(contact)}
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
      <Alert type="info" showIcon title={t('amend.hint')} style={{ marginBottom: 16 }} />
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('amend.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="amend-alert"
        />
      )}
      <ContactFormSections
        form={form}
        mode="amend"
        activeSections={sections}
        onSectionsChange={setSections}
      />
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="amend-submit">
          {t('amend.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

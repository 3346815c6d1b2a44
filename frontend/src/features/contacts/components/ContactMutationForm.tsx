import { Form } from 'antd';
import { useState, type ReactNode } from 'react';
import {
  MutationForm,
  type MutationFormProps,
  type MutationPayload,
} from '../../../components/form/MutationForm';
import type { GuardianRelation } from '../../../gql/graphql';
import { withSectionsOf, type ContactFormValues, type ContactSection } from '../contactFormValues';
import { requiresAnalysis } from '../policy';
import { CONTACT_FIELD_BY_INPUT } from '../userErrors';
import { ContactFormSections, type ContactFormSectionsProps } from './ContactFormSections';

type Handled = 'form' | 'fieldByInput' | 'onFieldErrors' | 'onFinishFailed' | 'onValuesChange' | 'children';

interface ContactMutationFormProps<Payload extends MutationPayload, Saved> extends Omit<
  MutationFormProps<ContactFormValues, Payload, Saved>,
  Handled
> {
  mode: ContactFormSectionsProps['mode'];
  guardians?: ReadonlyArray<{ id: string; name: string; relation: GuardianRelation }>;
  siblings?: ReadonlyArray<{ id: string; name: string }>;
  /** The sections open at first (see initialSections). */
  initialSections: ContactSection[];
  /** Shown between the failure alert and the fields. */
  notice?: ReactNode;
}

/**
 * The contact form in its sections, recording or amending: a section opens when one of its
 * fields fails validation or the server names it, and the analysis opens as soon as the form
 * and kind chosen call for one.
 */
export function ContactMutationForm<Payload extends MutationPayload, Saved>(
  props: ContactMutationFormProps<Payload, Saved>,
) {
  const { mode, guardians, siblings, initialSections, notice, ...mutation } = props;
  const [form] = Form.useForm<ContactFormValues>();
  const [sections, setSections] = useState(initialSections);
  const openSectionsOf = (fields: readonly string[]) => setSections((open) => withSectionsOf(open, fields));

  return (
    <MutationForm<ContactFormValues, Payload, Saved>
      {...mutation}
      form={form}
      fieldByInput={CONTACT_FIELD_BY_INPUT}
      onFieldErrors={openSectionsOf}
      onFinishFailed={({ errorFields }) => openSectionsOf(errorFields.map((f) => String(f.name[0])))}
      onValuesChange={(changed: Partial<ContactFormValues>, all: ContactFormValues) => {
        if (('form' in changed || 'kind' in changed) && requiresAnalysis(all.form, all.kind)) {
          openSectionsOf(['analysis']);
        }
      }}
    >
      {notice}
      <ContactFormSections
        form={form}
        mode={mode}
        guardians={guardians}
        siblings={siblings}
        activeSections={sections}
        onSectionsChange={setSections}
      />
    </MutationForm>
  );
}

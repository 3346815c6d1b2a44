import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Table,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyPreset } from '../../../gql/graphql';
import { UpdatePolicyDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { randomUuid } from '../../../lib/uuid';
import { CONTACT_FORMS } from '../../contacts/contactOptions';
import type { PolicyPage } from '../hooks/usePolicy';
import { differences } from '../policyDiff';
import { chainsInput } from '../escalationChains';
import { fromRules, POLICY_SECTIONS, toRulesInput, type PolicyFormValues } from '../policyFields';

interface EditorValues {
  preset: PolicyPreset;
  effectiveFrom: Dayjs;
  note?: string;
  rules: PolicyFormValues;
}

interface PolicyEditorProps {
  data: PolicyPage;
  onSaved: () => void;
}

/**
 * The principal's editor: start from a preset or the rules in force, change numbers, see
 * what differs from the preset, and store a new version effective today or later.
 */
export function PolicyEditor({ data, onSaved }: PolicyEditorProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditorValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number>();
  const [key] = useState(randomUuid);
  // The chains the new version keeps: those in force, or the preset's once it is loaded.
  const [chains, setChains] = useState(() => data.policy.rules.escalationChains);
  const preset = Form.useWatch('preset', form) ?? data.policy.basedOn;
  const rules = Form.useWatch('rules', form) as PolicyFormValues | undefined;
  const presetRules = data.policyPresets.find((p) => p.preset === preset)?.rules;
  const diff = useMemo(
    () =>
      rules && presetRules ? differences(toRulesInput(fromRules(presetRules)), toRulesInput(rules)) : [],
    [rules, presetRules],
  );

  const loadPreset = () => {
    if (!presetRules) return;
    form.setFieldValue('rules', fromRules(presetRules));
    setChains(presetRules.escalationChains);
  };

  const onFinish = async (values: EditorValues) => {
    setSaving(true);
    setErrors([]);
    try {
      const { updatePolicy } = await request(UpdatePolicyDocument, {
        input: {
          preset: values.preset,
          rules: { ...toRulesInput(values.rules), escalationChains: chainsInput(chains) },
          effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
          note: values.note?.trim() || null,
          idempotencyKey: `${key}:${JSON.stringify(values.rules)}:${values.effectiveFrom.format('YYYY-MM-DD')}`,
        },
      });
      if (updatePolicy.errors.length > 0 || !updatePolicy.policy) {
        setErrors(updatePolicy.errors.map((error) => error.message));
        return;
      }
      setSaved(updatePolicy.policy.version);
      onSaved();
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<EditorValues>
      form={form}
      layout="vertical"
      name="policy-editor"
      initialValues={{
        preset: data.policy.basedOn,
        effectiveFrom: dayjs(),
        rules: fromRules(data.policy.rules),
      }}
      onFinish={onFinish}
      disabled={saving}
    >
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('policy.saveFailed')}
          description={errors.join(' ')}
          style={{ marginBottom: 16 }}
        />
      )}
      {saved !== undefined && (
        <Alert
          type="success"
          showIcon
          title={t('policy.saved', { version: saved })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Flex wrap gap={16} align="end">
        <Form.Item name="preset" label={t('policy.basedOn')}>
          <Select
            style={{ minWidth: 160 }}
            options={data.policyPresets.map((p) => ({
              value: p.preset,
              label: t(`policy.presets.${p.preset}`),
            }))}
          />
        </Form.Item>
        <Form.Item>
          <Button onClick={loadPreset} data-testid="load-preset">
            {t('policy.loadPreset')}
          </Button>
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('policy.effectiveFrom')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Flex>
      <Row gutter={[16, 16]}>
        {POLICY_SECTIONS.map((section) => (
          <Col key={section.name || 'general'} xs={24} md={12}>
            <SectionCard section={section} />
          </Col>
        ))}
      </Row>
      <Card
        size="small"
        title={t('policy.diffTitle', { preset: t(`policy.presets.${preset}`) })}
        style={{ marginTop: 16 }}
      >
        <Table
          size="small"
          rowKey="path"
          pagination={false}
          dataSource={diff}
          data-testid="policy-diff"
          locale={{ emptyText: t('policy.noDiff') }}
          columns={[
            {
              title: t('policy.field'),
              render: (_, row) => t(`policy.fields.${row.path}`, { defaultValue: row.path }),
            },
            { title: t('policy.presetValue'), render: (_, row) => row.preset ?? '—' },
            { title: t('policy.currentValue'), render: (_, row) => row.current ?? '—' },
          ]}
        />
      </Card>
      <Form.Item name="note" label={t('policy.note')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <Flex justify="end">
        <Button type="primary" htmlType="submit" loading={saving} data-testid="policy-save">
          {t('policy.save')}
        </Button>
      </Flex>
    </Form>
  );
}

function SectionCard({ section }: { section: (typeof POLICY_SECTIONS)[number] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const path = (field: string) => (section.name === '' ? ['rules', field] : ['rules', section.name, field]);
  const sectionPath = section.name === '' ? ['rules'] : ['rules', section.name];
  const watched = Form.useWatch(sectionPath, form) as unknown;
  // The watch reads undefined until the form has rendered once: read the store then, so a
  // section a school goes without never mounts its required fields (they would block saving).
  const value = watched === undefined ? (form.getFieldValue(sectionPath) as unknown) : watched;
  const on = section.name === '' || value !== null;
  const toggle = (checked: boolean) => {
    if (section.name === '') return;
    form.setFieldValue(
      ['rules', section.name],
      checked
        ? Object.fromEntries(
            section.fields.map((f) => [
              f.name,
              f.kind === 'bool'
                ? false
                : f.kind === 'forms'
                  ? ['HOME_VISIT']
                  : f.kind === 'time'
                    ? '21:00'
                    : 0,
            ]),
          )
        : null,
    );
  };
  return (
    <Card
      size="small"
      title={t(`policy.sections.${section.name || 'general'}`)}
      extra={section.nullable && <Switch checked={on} onChange={toggle} aria-label={t('policy.applies')} />}
    >
      {on ? (
        section.fields.map((field) => (
          <Form.Item
            key={field.name}
            name={path(field.name)}
            label={t(`policy.fields.${section.name ? `${section.name}.` : ''}${field.name}`)}
            valuePropName={field.kind === 'bool' ? 'checked' : 'value'}
            rules={
              field.kind === 'time'
                ? [{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('policy.timeFormat') }]
                : field.optional || field.kind === 'bool'
                  ? []
                  : [{ required: true, message: t('policy.required') }]
            }
            style={{ marginBottom: 8 }}
          >
            {field.kind === 'bool' ? (
              <Switch />
            ) : field.kind === 'forms' ? (
              <Select
                mode="multiple"
                options={CONTACT_FORMS.map((form) => ({ value: form, label: t(`contactForm.${form}`) }))}
              />
            ) : field.kind === 'time' ? (
              <Input placeholder="21:00" style={{ width: 120 }} />
            ) : (
              <InputNumber
                min={0}
                max={field.kind === 'float' ? 100 : 1000}
                step={field.kind === 'float' ? 0.1 : 1}
              />
            )}
          </Form.Item>
        ))
      ) : (
        <span>{t('policy.notApplicable')}</span>
      )}
    </Card>
  );
}

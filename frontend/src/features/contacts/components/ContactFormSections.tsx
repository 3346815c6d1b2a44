import { LockOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  Collapse,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Select,
  Tag,
  Tooltip,
  type FormInstance,
  type FormRule as Rule,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PastDateTimeItem } from '../../../components/form/PastDateTimeItem';
import { TextAreaItem } from '../../../components/form/TextAreaItem';
import type { GuardianRelation } from '../../../gql/graphql';
import {
  CONTACT_FORMS,
  CONTACT_KINDS,
  DURATION_MAX,
  DURATION_MIN,
  FOLLOW_UP_ACTION_MAX_LENGTH,
  FOLLOW_UP_OWNER_MAX_LENGTH,
  FOLLOW_UPS_MAX,
  SHORT_TEXT_MAX_LENGTH,
  SUMMARY_MAX_LENGTH,
  TEXT_MAX_LENGTH,
} from '../contactOptions';
import type { ContactFormValues, ContactSection } from '../contactFormValues';
import { requiresAnalysis } from '../policy';
import { NeedsSchoolItems } from './NeedsSchoolItems';

export interface ContactFormSectionsProps {
  form: FormInstance<ContactFormValues>;
  /** Recording shows every field; amending only those an amendment may change. */
  mode: 'record' | 'amend';
  guardians?: ReadonlyArray<{ id: string; name: string; relation: GuardianRelation }>;
  siblings?: ReadonlyArray<{ id: string; name: string }>;
  activeSections: ContactSection[];
  onSectionsChange: (sections: ContactSection[]) => void;
}

/**
 * The contact form's fields in collapsible sections that follow the paper 《家访记录》:
 * basics; what was said on both sides; the family situation observed (sensitive); guidance on
 * learning at home; analysis and countermeasure (required by the school's rule for home
 * visits and focus/immediate contacts); agreed measures, follow-up actions and escalation.
 * Every panel is rendered (hidden when collapsed), so its fields validate and submit.
 */
export function ContactFormSections(props: ContactFormSectionsProps) {
  const { form, mode, guardians = [], siblings = [], activeSections, onSectionsChange } = props;
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const recording = mode === 'record';
  const policy = requiresAnalysis(Form.useWatch('form', form), Form.useWatch('kind', form));

  const required = (field: string): Rule => ({
    required: true,
    message: t('record.required', { field: t(field) }),
  });
  const maxLength = (max: number): Rule => ({ max, message: t('record.textTooLong', { max }) });
  const byPolicy = (field: string): Rule => ({
    required: policy,
    whitespace: true,
    message: t('record.requiredByPolicy', { field: t(field) }),
  });
  const textArea = (name: keyof ContactFormValues, label: string, placeholder: string) => (
    <TextAreaItem name={name} label={t(label)} maxLength={TEXT_MAX_LENGTH} placeholder={t(placeholder)} />
  );

  const basics = (
    <>
      <Form.Item name="form" label={t('record.form')} rules={[required('record.form')]}>
        <Select
          placeholder={t('record.form')}
          options={CONTACT_FORMS.map((value) => ({ value, label: t(`contactForm.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('record.kind')} rules={[required('record.kind')]}>
        <Radio.Group
          optionType="button"
          options={CONTACT_KINDS.map((value) => ({ value, label: t(`contactKind.${value}`) }))}
        />
      </Form.Item>
      <Flex gap={12} wrap>
        <PastDateTimeItem
          name="occurredAt"
          label={t('record.occurredAt')}
          style={{ flex: '1 1 220px' }}
          required
          futureMessage={t('record.futureDate')}
        />
        <Form.Item
          name="durationMinutes"
          label={t('record.durationMinutes')}
          style={{ flex: '1 1 140px' }}
          rules={[
            {
              type: 'number',
              min: DURATION_MIN,
              max: DURATION_MAX,
              message: t('record.durationRange', { min: DURATION_MIN, max: DURATION_MAX }),
            },
          ]}
        >
          <InputNumber
            min={DURATION_MIN}
            max={DURATION_MAX}
            precision={0}
            suffix={t('record.minutes')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="place" label={t('record.place')} rules={[maxLength(SHORT_TEXT_MAX_LENGTH)]}>
        <Input maxLength={SHORT_TEXT_MAX_LENGTH} placeholder={t('record.placePlaceholder')} />
      </Form.Item>
      {recording && siblings.length > 0 && (
        <Form.Item name="siblingIds" label={t('record.siblings')} extra={t('record.siblingsHelp')}>
          <Checkbox.Group options={siblings.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      )}
      {recording && (
        <Form.Item name="guardianIdsMet" label={t('record.guardiansMet')}>
          {guardians.length > 0 ? (
            <Checkbox.Group
              options={guardians.map((g) => ({
                value: g.id,
                label: `${g.name}（${t(`relation.${g.relation}`)}）`,
              }))}
            />
          ) : (
            <span>{t('record.noGuardians')}</span>
          )}
        </Form.Item>
      )}
      {recording && (
        <Form.Item name="studentPresent" label={t('record.studentPresent')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('record.present') },
              { value: false, label: t('record.absent') },
            ]}
          />
        </Form.Item>
      )}
      {recording && (
        <Form.Item
          name="otherParticipants"
          label={t('record.otherParticipants')}
          rules={[maxLength(SHORT_TEXT_MAX_LENGTH)]}
        >
          <Input maxLength={SHORT_TEXT_MAX_LENGTH} placeholder={t('record.otherParticipantsPlaceholder')} />
        </Form.Item>
      )}
    </>
  );

  const talk = (
    <>
      <Form.Item
        name="summary"
        label={t('record.summary')}
        rules={[
          { ...required('record.summary'), whitespace: true },
          { max: SUMMARY_MAX_LENGTH, message: t('record.tooLong', { max: SUMMARY_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea
          rows={5}
          maxLength={SUMMARY_MAX_LENGTH}
          showCount
          placeholder={t('record.summaryPlaceholder')}
        />
      </Form.Item>
      {textArea('schoolReport', 'record.schoolReport', 'record.schoolReportPlaceholder')}
      {textArea('familyReport', 'record.familyReport', 'record.familyReportPlaceholder')}
    </>
  );

  const family = textArea(
    'familySituationObserved',
    'record.familySituationObserved',
    'record.familySituationPlaceholder',
  );

  const guidance = textArea(
    'homeLearningGuidance',
    'record.homeLearningGuidance',
    'record.guidancePlaceholder',
  );

  const analysis = (
    <>
      <TextAreaItem
        name="analysis"
        label={t('record.analysis')}
        dependencies={['form', 'kind']}
        rules={[byPolicy('record.analysis')]}
        extra={policy ? t('record.policyHint') : undefined}
        maxLength={TEXT_MAX_LENGTH}
        rows={{ minRows: 3, maxRows: 8 }}
        placeholder={t('record.analysisPlaceholder')}
      />
      <TextAreaItem
        name="countermeasure"
        label={t('record.countermeasure')}
        dependencies={['form', 'kind']}
        rules={[byPolicy('record.countermeasure')]}
        maxLength={TEXT_MAX_LENGTH}
        rows={{ minRows: 3, maxRows: 8 }}
        placeholder={t('record.countermeasurePlaceholder')}
      />
    </>
  );

  const followUps = (
    <Form.Item label={t('record.followUps')} required={false}>
      <Form.List name="followUps">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            {fields.map(({ key, name }, index) => (
              <Flex key={key} gap={8} align="start" wrap data-testid="follow-up-row">
                <Form.Item
                  name={[name, 'action']}
                  style={{ flex: '2 1 180px', marginBottom: 0 }}
                  rules={[
                    { ...required('record.followUpAction'), whitespace: true },
                    maxLength(FOLLOW_UP_ACTION_MAX_LENGTH),
                  ]}
                >
                  <Input
                    maxLength={FOLLOW_UP_ACTION_MAX_LENGTH}
                    placeholder={t('record.followUpAction')}
                    aria-label={t('record.followUpActionN', { n: index + 1 })}
                  />
                </Form.Item>
                <Form.Item
                  name={[name, 'owner']}
                  style={{ flex: '1 1 100px', marginBottom: 0 }}
                  rules={[
                    { ...required('record.followUpOwner'), whitespace: true },
                    maxLength(FOLLOW_UP_OWNER_MAX_LENGTH),
                  ]}
                >
                  <Input
                    maxLength={FOLLOW_UP_OWNER_MAX_LENGTH}
                    placeholder={t('record.followUpOwner')}
                    aria-label={t('record.followUpOwnerN', { n: index + 1 })}
                  />
                </Form.Item>
                <Form.Item name={[name, 'dueDate']} style={{ flex: '1 1 130px', marginBottom: 0 }}>
                  <DatePicker
                    placeholder={t('record.followUpDue')}
                    aria-label={t('record.followUpDueN', { n: index + 1 })}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Tooltip title={t('record.removeFollowUp')}>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(name)}
                    aria-label={t('record.removeFollowUpN', { n: index + 1 })}
                    data-testid="remove-follow-up"
                  />
                </Tooltip>
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ action: '', owner: '', dueDate: null })}
              disabled={fields.length >= FOLLOW_UPS_MAX}
              data-testid="add-follow-up"
            >
              {t('record.addFollowUp')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );

  const measures = (
    <>
      {textArea('agreedMeasures', 'record.agreedMeasures', 'record.agreedMeasuresPlaceholder')}
      {recording && followUps}
      {recording && <NeedsSchoolItems maxLength={TEXT_MAX_LENGTH} switchTestId="needs-school" />}
    </>
  );

  const section = (key: ContactSection, children: ReactNode, extra?: ReactNode) => ({
    key,
    label: t(`record.section.${key}`),
    extra,
    children,
    forceRender: true,
  });

  return (
    <Collapse
      activeKey={activeSections}
      size={screens.sm ? 'middle' : 'small'}
      onChange={(keys) => onSectionsChange((Array.isArray(keys) ? keys : [keys]) as ContactSection[])}
      style={{ marginBottom: 16 }}
      data-testid="contact-sections"
      items={[
        section('basics', basics),
        section('talk', talk),
        ...(recording
          ? [
              section(
                'family',
                <>
                  <Flex gap={6} align="center" style={{ marginBottom: 8 }}>
                    <Tag icon={<LockOutlined />} color="gold">
                      {t('record.sensitive')}
                    </Tag>
                    <span style={{ fontSize: 12 }}>{t('record.sensitiveHelp')}</span>
                  </Flex>
                  {family}
                </>,
                <Tag icon={<LockOutlined />} color="gold" style={{ marginInlineEnd: 0 }}>
                  {t('record.sensitive')}
                </Tag>,
              ),
            ]
          : []),
        section('guidance', guidance),
        section(
          'analysis',
          analysis,
          policy ? (
            <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="policy-tag">
              {t('record.requiredTag')}
            </Tag>
          ) : undefined,
        ),
        section('measures', measures),
      ]}
    />
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import type {
  DirectoryHouseholdFieldsFragment,
  GuardianRelation,
  SaveHouseholdMutation,
} from '../../../gql/graphql';
import { MOBILE_PATTERN, RELATIONS } from '../directoryRules';
import { placeGuardianErrors } from '../guardianErrors';
import { saveHousehold } from '../hooks/useDirectory';

interface GuardianValues {
  id?: string;
  name: string;
  relation: GuardianRelation;
  phone?: string;
}

interface Values {
  address?: string;
  guardians: GuardianValues[];
}

export interface GuardiansFormProps {
  household: DirectoryHouseholdFieldsFragment;
  idempotencyKey: string;
  onSaved: (household: DirectoryHouseholdFieldsFragment) => void;
  onCancel: () => void;
}

/** 编辑监护人: the household's address and its guardians (name, relation, mobile). */
export function GuardiansForm({ household, idempotencyKey, onSaved, onCancel }: GuardiansFormProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`directory.fields.${field}`);
  return (
    <MutationForm<Values, SaveHouseholdMutation['saveHousehold'], DirectoryHouseholdFieldsFragment>
      name="guardians"
      idempotencyKey={idempotencyKey}
      initialValues={{
        address: household.address ?? '',
        guardians: household.guardians.map((g) => ({
          id: g.id,
          name: g.name,
          relation: g.relation,
          phone: g.phone ?? '',
        })),
      }}
      send={(values, key) =>
        saveHousehold({
          id: household.id,
          expectedVersion: household.version,
          address: values.address?.trim() || null,
          guardians: values.guardians.map((g) => ({
            id: g.id ?? null,
            name: g.name.trim(),
            relation: g.relation,
            phone: g.phone?.trim() || null,
          })),
          idempotencyKey: key,
        })
      }
      saved={(payload) => payload.household}
      onSaved={onSaved}
      fieldByInput={{ address: 'address' }}
      placeErrors={placeGuardianErrors}
      failure={{ title: t('directory.failed'), testId: 'guardians-alert' }}
      submit={{ label: t('directory.save'), testId: 'guardians-submit' }}
      onCancel={onCancel}
    >
      <Form.Item name="address" label={label('address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.List name="guardians">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start" data-testid="guardian-row">
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  label={label('guardianName')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('directory.required', { field: label('name') }),
                    },
                  ]}
                  style={{ minWidth: 120, flex: 1 }}
                >
                  <Input maxLength={50} data-testid="guardian-name" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'relation']}
                  label={label('relation')}
                  style={{ minWidth: 110 }}
                >
                  <Select
                    options={RELATIONS.map((value) => ({ value, label: t(`directory.relation.${value}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'phone']}
                  label={label('phone')}
                  rules={[{ pattern: MOBILE_PATTERN, message: t('directory.invalidPhone') }]}
                  style={{ minWidth: 140, flex: 1 }}
                >
                  <Input inputMode="tel" maxLength={11} data-testid="guardian-phone-input" />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('directory.removeGuardian')}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Form.Item>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', relation: 'MOTHER', phone: '' })}
                data-testid="guardian-add"
              >
                {t('directory.addGuardian')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </MutationForm>
  );
}

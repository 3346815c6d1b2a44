import { Button, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { useFormOpening } from '../../../components/form/useFormOpening';
import type { DirectoryStaffFieldsFragment } from '../../../gql/graphql';
import { useDirectoryStaff } from '../hooks/useDirectory';
import { StaffForm } from './StaffForm';

/** The school's staff with their roles and dated assignments; add or edit one. */
export function StaffList({ classes }: { classes: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const { data, loading } = useDirectoryStaff(version);
  const opening = useFormOpening();
  const [editing, setEditing] = useState<DirectoryStaffFieldsFragment | undefined>();
  const open = (member?: DirectoryStaffFieldsFragment) => {
    setEditing(member);
    opening.open();
  };
  const saved = () => {
    opening.close();
    setVersion((v) => v + 1);
  };
  return (
    <>
      <Flex justify="end">
        <Button onClick={() => open()} data-testid="add-staff">
          {t('directory.addStaff')}
        </Button>
      </Flex>
      <List
        loading={loading}
        dataSource={data?.directory.staff ?? []}
        renderItem={(member) => (
          <List.Item
            data-testid="staff-row"
            actions={[
              <Button key="edit" type="link" onClick={() => open(member)} data-testid="edit-staff">
                {t('directory.editStaff')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  {member.displayName} <Typography.Text type="secondary">{member.username}</Typography.Text>
                </span>
              }
              description={
                <Flex gap={4} wrap>
                  {member.roles.map((role) => (
                    <Tag key={role}>{t(`roles.${role}`)}</Tag>
                  ))}
                  {member.assignments.length === 0 ? (
                    <Typography.Text type="secondary">{t('directory.noAssignments')}</Typography.Text>
                  ) : (
                    member.assignments.map((a, index) => (
                      <Tag key={index} color="blue">
                        {a.class?.name} {a.subject}
                        {a.from || a.until ? ` ${a.from ?? ''}~${a.until ?? ''}` : ''}
                      </Tag>
                    ))
                  )}
                </Flex>
              }
            />
          </List.Item>
        )}
      />
      <FormModal
        title={editing ? editing.displayName : t('directory.addStaff')}
        idempotencyKey={opening.idempotencyKey}
        onClose={opening.close}
        width={720}
      >
        {(key) => (
          <StaffForm
            member={editing}
            classes={classes}
            idempotencyKey={key}
            onSaved={saved}
            onCancel={opening.close}
          />
        )}
      </FormModal>
    </>
  );
}

import { Button, Drawer, Flex, Input, List, Select, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { useFormOpening } from '../../../components/form/useFormOpening';
import type { StudentStatus } from '../../../gql/graphql';
import '../i18n';
import { STUDENT_STATUSES } from '../directoryRules';
import { useDirectoryClasses, useDirectoryStudents } from '../hooks/useDirectory';
import { StaffList } from './StaffList';
import { StudentCard } from './StudentCard';
import { StudentForm } from './StudentForm';

/**
 * 学校名录 / Directory: the school's classes and students (a student's card with guardians,
 * edits, moves, leavers) and its staff with their assignments. For the administrator, the
 * principal and a campus's director; the API refuses it to everyone else.
 */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const classes = useDirectoryClasses();
  const classList = classes.data?.directory.classes ?? [];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} data-testid="directory-title">
        {t('directory.title')}
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'students',
            label: t('directory.students'),
            children: <StudentsTab classes={classList} />,
          },
          { key: 'staff', label: t('directory.staff'), children: <StaffList classes={classList} /> },
        ]}
      />
    </Flex>
  );
}

function StudentsTab({ classes }: { classes: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [classId, setClassId] = useState<string | null>(null);
  const [status, setStatus] = useState<StudentStatus | null>('ACTIVE');
  const [search, setSearch] = useState('');
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const adding = useFormOpening();
  const students = useDirectoryStudents(classId, status, search, version);
  const reload = () => setVersion((v) => v + 1);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Select
          style={{ minWidth: 140, flex: 1 }}
          value={classId ?? ''}
          onChange={(value) => setClassId(value || null)}
          options={[
            { value: '', label: t('directory.allClasses') },
            ...classes.map((c) => ({ value: c.id, label: c.name })),
          ]}
          data-testid="directory-class"
        />
        <Select
          style={{ minWidth: 110 }}
          value={status ?? ''}
          onChange={(value) => setStatus((value || null) as StudentStatus | null)}
          options={[
            { value: '', label: t('directory.anyStatus') },
            ...STUDENT_STATUSES.map((value) => ({ value, label: t(`directory.status.${value}`) })),
          ]}
        />
        <Input.Search
          style={{ minWidth: 160, flex: 2 }}
          placeholder={t('directory.search')}
          allowClear
          onSearch={setSearch}
          data-testid="directory-search"
        />
        <Button type="primary" onClick={adding.open} data-testid="add-student">
          {t('directory.addStudent')}
        </Button>
      </Flex>
      <List
        loading={students.loading}
        locale={{ emptyText: t('directory.empty') }}
        dataSource={students.nodes}
        renderItem={(student) => (
          <List.Item
            onClick={() => setOpen(student.id)}
            style={{ cursor: 'pointer' }}
            data-testid="directory-student"
          >
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{student.studentNo}</Typography.Text>
              <span data-testid="directory-student-name">{student.name}</span>
              <Typography.Text type="secondary">{student.class?.name}</Typography.Text>
              {student.status !== 'ACTIVE' && <Tag>{t(`directory.status.${student.status}`)}</Tag>}
            </Flex>
          </List.Item>
        )}
      />
      {students.hasNextPage && (
        <Button onClick={students.loadMore} loading={students.loadingMore}>
          {t('directory.loadMore')}
        </Button>
      )}
      <Drawer open={open !== null} onClose={() => setOpen(null)} size="default" destroyOnHidden>
        {open && <StudentCard studentId={open} classes={classes} onChanged={reload} />}
      </Drawer>
      <FormModal
        title={t('directory.addStudent')}
        idempotencyKey={adding.idempotencyKey}
        onClose={adding.close}
      >
        {(key) => (
          <StudentForm
            classes={classes}
            defaultClassId={classId}
            idempotencyKey={key}
            onSaved={(saved) => {
              adding.close();
              reload();
              setOpen(saved.id);
            }}
            onCancel={adding.close}
          />
        )}
      </FormModal>
    </Flex>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, message, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormOpening } from '../../../components/form/useFormOpening';
import type { ConsentFieldsFragment, GuardianRelation } from '../../../gql/graphql';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { mayManageConsents } from '../../viewer/roles';
import { ConsentList } from './ConsentList';
import { WithdrawConsentButton } from './WithdrawConsentButton';

// The form (Form, DatePicker, Select, Modal) loads on first use, not with the page.
const RecordConsentModal = lazy(() =>
  import('./RecordConsentModal').then((m) => ({ default: m.RecordConsentModal })),
);

interface ConsentSectionProps {
  household: {
    id: string;
    guardians: ReadonlyArray<{ id: string; name: string; relation: GuardianRelation }>;
    consents: readonly ConsentFieldsFragment[];
  };
  /** After a consent was recorded or withdrawn: reload the household. */
  onChanged: () => void;
}

/**
 * 监护人授权 on the household card. Recording and withdrawing are offered to the roles that
 * may handle them; the server decides per family and its refusal is shown here.
 */
export function ConsentSection({ household, onChanged }: ConsentSectionProps) {
  const { t } = useTranslation();
  const mayManage = mayManageConsents(useViewer()?.roles);
  const recordForm = useFormOpening();
  const [failure, setFailure] = useState<string>();
  const [messages, messageHolder] = message.useMessage();

  return (
    <section style={{ marginTop: 16 }} data-testid="consent-section">
      {messageHolder}
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('consent.sectionTitle')}
        </Typography.Title>
        {mayManage && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              setFailure(undefined);
              recordForm.open();
            }}
            data-testid="record-consent"
          >
            {t('consent.record')}
          </Button>
        )}
      </Flex>
      {failure && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setFailure(undefined) }}
          title={failure}
          style={{ marginBottom: 8 }}
          data-testid="consent-alert"
        />
      )}
      <ConsentList
        consents={household.consents}
        guardians={household.guardians}
        renderAction={
          mayManage
            ? (consent) => (
                <WithdrawConsentButton
                  householdId={household.id}
                  consentId={consent.id}
                  onWithdrawn={() => {
                    setFailure(undefined);
                    void messages.success(t('consent.withdrawn'));
                    onChanged();
                  }}
                  onFailed={setFailure}
                />
              )
            : undefined
        }
      />
      <Suspense fallback={null}>
        {recordForm.loaded && (
          <RecordConsentModal
            idempotencyKey={recordForm.idempotencyKey}
            onClose={recordForm.close}
            householdId={household.id}
            guardians={household.guardians}
            onRecorded={() => {
              void messages.success(t('consent.recorded'));
              recordForm.close();
              onChanged();
            }}
          />
        )}
      </Suspense>
    </section>
  );
}

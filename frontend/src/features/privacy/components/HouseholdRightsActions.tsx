import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, message, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormOpening } from '../../../components/form/useFormOpening';
import { useHouseholdExport } from '../hooks/useHouseholdExport';

// The erase form loads on first use, not with the page.
const EraseHouseholdModal = lazy(() =>
  import('./EraseHouseholdModal').then((m) => ({ default: m.EraseHouseholdModal })),
);

interface HouseholdRightsActionsProps {
  householdId: string;
  /** After the household was anonymised: reload what the page shows. */
  onErased: () => void;
}

/** The principal's handling of a family's rights: export everything held (access), erase (erasure). */
export function HouseholdRightsActions({ householdId, onErased }: HouseholdRightsActionsProps) {
  const { t } = useTranslation();
  const { submit: exportHousehold, submitting: exporting } = useHouseholdExport();
  const eraseForm = useFormOpening();
  const [messages, messageHolder] = message.useMessage();

  const onExport = async () => {
    try {
      const saved = await exportHousehold(householdId);
      if (saved === true) void messages.success(t('rights.exported'));
      if (saved === false) void messages.error(t('rights.exportNotFound'));
    } catch (error) {
      void messages.error(t('rights.exportFailed', { detail: error instanceof Error ? error.message : '' }));
    }
  };

  return (
    <>
      {messageHolder}
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={onExport}
          data-testid="export-household"
        >
          {t('rights.export')}
        </Button>
        <Button danger icon={<DeleteOutlined />} onClick={eraseForm.open} data-testid="erase-household">
          {t('rights.erase')}
        </Button>
      </Space>
      <Suspense fallback={null}>
        {eraseForm.loaded && (
          <EraseHouseholdModal
            idempotencyKey={eraseForm.idempotencyKey}
            onClose={eraseForm.close}
            householdId={householdId}
            onErased={() => {
              void messages.success(t('rights.erased'));
              eraseForm.close();
              onErased();
            }}
          />
        )}
      </Suspense>
    </>
  );
}

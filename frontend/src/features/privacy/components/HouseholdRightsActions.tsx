import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, message, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { randomUuid } from '../../../lib/uuid';
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
  const [eraseKey, setEraseKey] = useState<string | null>(null);
  const [eraseLoaded, setEraseLoaded] = useState(false);
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
        <Button
          danger
          icon={<DeleteOutlined />}
          onClick={() => {
            setEraseLoaded(true);
            setEraseKey(randomUuid());
          }}
          data-testid="erase-household"
        >
          {t('rights.erase')}
        </Button>
      </Space>
      <Suspense fallback={null}>
        {eraseLoaded && (
          <EraseHouseholdModal
            idempotencyKey={eraseKey}
            onClose={() => setEraseKey(null)}
            householdId={householdId}
            onErased={() => {
              void messages.success(t('rights.erased'));
              setEraseKey(null);
              onErased();
            }}
          />
        )}
      </Suspense>
    </>
  );
}

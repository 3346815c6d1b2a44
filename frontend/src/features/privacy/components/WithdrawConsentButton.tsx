import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { randomUuid } from '../../../lib/uuid';
import { useWithdrawConsent } from '../hooks/useWithdrawConsent';

interface WithdrawConsentButtonProps {
  householdId: string;
  consentId: string;
  onWithdrawn: () => void;
  /** The server refused (e.g. NOT_ALLOWED) or the request failed: the message to show. */
  onFailed: (message: string) => void;
}

/** 撤回: asks once more, then withdraws the consent. */
export function WithdrawConsentButton({
  householdId,
  consentId,
  onWithdrawn,
  onFailed,
}: WithdrawConsentButtonProps) {
  const { t } = useTranslation();
  const { submit, submitting } = useWithdrawConsent();
  const withdraw = async () => {
    try {
      const result = await submit({ householdId, consentId, idempotencyKey: randomUuid() });
      if (!result) return;
      if (result.errors.length > 0 || !result.consent) {
        onFailed(result.errors.map((e) => e.message).join(' ') || t('consent.withdrawFailed'));
        return;
      }
      onWithdrawn();
    } catch (error) {
      onFailed(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Popconfirm
      title={t('consent.withdrawConfirm')}
      description={t('consent.withdrawConfirmDetail')}
      okText={t('consent.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={withdraw}
    >
      <Button size="small" danger loading={submitting} data-testid="withdraw-consent">
        {t('consent.withdraw')}
      </Button>
    </Popconfirm>
  );
}

import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LossReason } from '../../../../gql/graphql';
import { LOSS_REASONS } from '../../lossReasons';

interface LossReasonPickerProps {
  value?: LossReason[];
  onChange?: (value: LossReason[]) => void;
}

/** The nine reasons a family is lost, as checkboxes (a Form.Item control). */
export function LossReasonPicker({ value, onChange }: LossReasonPickerProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group<LossReason>
      value={value}
      onChange={(next) => onChange?.(next)}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 12px' }}
      options={LOSS_REASONS.map((reason) => ({
        value: reason,
        label: t(`escalation.lossReason.${reason}`),
      }))}
      data-testid="loss-reasons"
    />
  );
}

import { Form, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextAreaItem } from '../../../components/form/TextAreaItem';

interface NeedsSchoolItemsProps {
  /** The most characters the server takes for the matter. */
  maxLength: number;
  switchTestId: string;
}

/**
 * 需学校处理: the switch that hands a matter to the school (the server opens a referral to
 * 德育处), and the matter itself, asked for and required once the switch is on. A contact and
 * an incident ask it alike.
 */
export function NeedsSchoolItems({ maxLength, switchTestId }: NeedsSchoolItemsProps) {
  const { t } = useTranslation();
  const needsSchool = Form.useWatch('needsSchool') === true;
  return (
    <>
      <Form.Item
        name="needsSchool"
        label={t('record.needsSchool')}
        valuePropName="checked"
        extra={t('record.needsSchoolHelp')}
      >
        <Switch data-testid={switchTestId} />
      </Form.Item>
      {needsSchool && (
        <TextAreaItem
          name="schoolMatter"
          label={t('record.schoolMatter')}
          required
          maxLength={maxLength}
          rows={{ minRows: 2, maxRows: 6 }}
          placeholder={t('record.schoolMatterPlaceholder')}
        />
      )}
    </>
  );
}

import type { TFunction as T } from 'i18next';
import type { FormRule as Rule } from 'antd';
import { TEXT_MAX_LENGTH } from '../../lossReasons';

/** A required text of at most `max` characters, named `field` in the messages. */
export function requiredText(t: T, field: string, max = TEXT_MAX_LENGTH): Rule[] {
  return [
    { required: true, whitespace: true, message: t('escalation.form.required', { field }) },
    { max, message: t('escalation.form.tooLong', { max }) },
  ];
}

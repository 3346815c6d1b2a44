import i18n from '../../../lib/i18n';
import en from './en.json';
import zhCN from './zh-CN.json';

/**
 * The escalation feature's messages (board, detail, forms, churn report, the timeline's
 * escalation entries), added when the feature's code loads so that the first load does
 * not carry them. The app's i18n module is imported first: it must be initialised before
 * bundles can be added.
 */
export function registerEscalationMessages(): void {
  i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

registerEscalationMessages();

import { getI18n } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

/**
 * The meetings section's messages, added when the class page's code loads, so the shared
 * locale files (part of the first load) stay as they are. The instance comes from
 * react-i18next, registered there by the app's i18n module at start-up.
 */
export function registerMeetingMessages(): void {
  const i18n = getI18n();
  i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

registerMeetingMessages();

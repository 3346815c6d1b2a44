import { getI18n } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

/**
 * The directory's messages, added when its code loads, so the shared locale files (part of
 * the first load) stay as they are.
 */
export function registerDirectoryMessages(): void {
  const i18n = getI18n();
  i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

registerDirectoryMessages();

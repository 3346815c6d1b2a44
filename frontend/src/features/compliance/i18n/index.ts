import { getI18n } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

/**
 * The compliance screen's newer messages (meeting figures, the Excel export), added to the
 * app's translations when the screen's code loads: the shared locale files travel with the
 * first load, which has no room to spare. The instance comes from react-i18next (the app's
 * i18n module registered it at start-up) rather than from that module, so this lazy chunk
 * does not pull the app's i18n set-up out of the first-load bundle into a chunk of its own.
 */
export function registerComplianceMessages(): void {
  const i18n = getI18n();
  i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

registerComplianceMessages();

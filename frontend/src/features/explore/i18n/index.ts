import i18n from '../../../lib/i18n';
import en from './en.json';
import zhCN from './zh-CN.json';

/**
 * The Explore feature's messages, added to the app's translations when the feature's
 * code loads (the header link loads them early), so the shared locale files stay as
 * they are. The app's i18n module is imported first: it must be initialised before
 * bundles can be added.
 */
export function registerExploreMessages(): void {
  i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

registerExploreMessages();

import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Ant Design's theme and locale follow the i18n language (and so does dayjs, for the DatePicker). */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const chinese = i18n.language !== 'en';
  useEffect(() => {
    dayjs.locale(chinese ? 'zh-cn' : 'en');
  }, [chinese]);
  return (
    <ConfigProvider
      locale={chinese ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
    >
      {children}
    </ConfigProvider>
  );
}

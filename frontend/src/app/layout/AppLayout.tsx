import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { AppHeader } from './AppHeader';

/** Header on top, the page centred below it (full width on phones). */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout.Content style={{ padding: '16px clamp(8px, 3vw, 32px)' }}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}

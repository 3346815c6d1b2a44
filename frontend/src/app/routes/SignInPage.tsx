import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../lib/auth/authContext';

/** The landing page for signed-out visitors: one button to the identity provider. */
export function SignInPage({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const { token } = theme.useToken();
  const [busy, setBusy] = useState(false);
  return (
    <Flex justify="center" style={{ paddingTop: 'clamp(16px, 10vh, 96px)' }}>
      <section
        style={{
          width: 'min(440px, 100%)',
          textAlign: 'center',
          padding: 32,
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          border: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Flex vertical align="center" gap={16}>
          <img src="/favicon.svg" alt="" width={72} height={72} />
          <h1 style={{ fontSize: 24, margin: 0, color: token.colorTextHeading }}>{t('auth.signInTitle')}</h1>
          <div style={{ color: token.colorTextSecondary }}>
            {t('app.tagline')}
            <br />
            {t('auth.signInSubtitle')}
          </div>
          <Button
            type="primary"
            size="large"
            icon={<LoginOutlined />}
            loading={busy}
            data-testid="sign-in"
            onClick={() => {
              setBusy(true);
              signIn(returnTo).catch(() => setBusy(false));
            }}
          >
            {t('auth.signIn')}
          </Button>
        </Flex>
      </section>
    </Flex>
  );
}

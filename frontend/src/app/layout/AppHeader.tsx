import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Space, Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../features/viewer/hooks/viewerContext';
import { useAuth } from '../../lib/auth/authContext';
import { AppNav } from './AppNav';
import { LanguageSwitch } from './LanguageSwitch';

/** App name, the sections, who is signed in (name and roles), language, sign out. */
export function AppHeader() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const viewer = useViewer();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: '0 clamp(8px, 3vw, 32px)',
        height: 'auto',
        lineHeight: 'normal',
      }}
    >
      <Flex justify="space-between" align="center" wrap gap={8} style={{ minHeight: 56 }}>
        <Flex align="center" wrap gap={16}>
          <Link
            to="/"
            style={{ display: 'flex', alignItems: 'center', gap: 8, color: token.colorTextHeading }}
          >
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <strong style={{ fontSize: 18 }}>{t('app.name')}</strong>
          </Link>
          <AppNav />
        </Flex>
        <Space wrap size="small">
          {viewer && (
            <Space size={4} wrap data-testid="viewer">
              <strong>{viewer.displayName}</strong>
              {screens.sm &&
                viewer.roles.map((role) => (
                  <Tag key={role} color="blue">
                    {t(`roles.${role}`)}
                  </Tag>
                ))}
            </Space>
          )}
          <LanguageSwitch />
          {user && (
            <Button
              icon={<LogoutOutlined />}
              onClick={() => void signOut()}
              data-testid="sign-out"
              aria-label={t('auth.signOut')}
            >
              {screens.sm ? t('auth.signOut') : null}
            </Button>
          )}
        </Space>
      </Flex>
    </Layout.Header>
  );
}

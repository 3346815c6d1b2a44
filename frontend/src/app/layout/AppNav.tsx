import { AuditOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import { Flex, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useViewer } from '../../features/viewer/hooks/viewerContext';
import { isPrincipal, mayListContacts } from '../../features/viewer/roles';

interface Entry {
  to: string;
  label: string;
  icon: ReactNode;
  testId: string;
}

/**
 * The app's sections: my classes for everyone; the contacts of a class or grade for staff who
 * work with families' records (not analysts); the audit trail for the principal only (the
 * server refuses it to everyone else anyway). Plain links, so the first load stays small.
 */
export function AppNav() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { token } = theme.useToken();
  if (!viewer) return null;
  const entries: Entry[] = [
    { to: '/', label: t('nav.myClasses'), icon: <TeamOutlined />, testId: 'nav-classes' },
    ...(mayListContacts(viewer.roles)
      ? [{ to: '/contacts', label: t('nav.contacts'), icon: <ProfileOutlined />, testId: 'nav-contacts' }]
      : []),
    ...(isPrincipal(viewer.roles)
      ? [{ to: '/audit', label: t('nav.audit'), icon: <AuditOutlined />, testId: 'nav-audit' }]
      : []),
  ];
  return (
    <Flex component="nav" gap={4} wrap aria-label={t('nav.label')}>
      {entries.map((entry) => (
        <NavLink
          key={entry.to}
          to={entry.to}
          end={entry.to === '/'}
          data-testid={entry.testId}
          style={({ isActive }) => ({
            display: 'inline-flex',
            alignItems: 'center',
            gap: 6,
            padding: '4px 12px',
            borderRadius: token.borderRadius,
            color: isActive ? token.colorPrimary : token.colorText,
            background: isActive ? token.colorPrimaryBg : 'transparent',
          })}
        >
          {entry.icon}
          {entry.label}
        </NavLink>
      ))}
    </Flex>
  );
}

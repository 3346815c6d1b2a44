import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  ProfileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
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
 * The app's sections: my classes for everyone; tasks, compliance and the contacts of a class
 * or grade for staff who work with families' records (not analysts); policy and calendar for
 * everyone; the audit trail for the principal only (the
 * server refuses it to everyone else anyway). Plain links, so the first load stays small.
 */
export function AppNav() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { token } = theme.useToken();
  if (!viewer) return null;
  const entries: Entry[] = [
    { to: '/', label: t('nav.myClasses'), icon: <TeamOutlined />, testId: 'nav-classes' },
    ...(viewer.roles.some((role) => role !== 'ANALYST')
      ? [
          { to: '/tasks', label: t('nav.tasks'), icon: <CheckSquareOutlined />, testId: 'nav-tasks' },
          {
            to: '/compliance',
            label: t('nav.compliance'),
            icon: <BarChartOutlined />,
            testId: 'nav-compliance',
          },
        ]
      : []),
    { to: '/policy', label: t('nav.policy'), icon: <FileTextOutlined />, testId: 'nav-policy' },
    { to: '/calendar', label: t('nav.calendar'), icon: <CalendarOutlined />, testId: 'nav-calendar' },
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

import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  FundOutlined,
  ProfileOutlined,
  RiseOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Flex, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useViewer } from '../../features/viewer/hooks/viewerContext';
import {
  isFinanceOnly,
  isPrincipal,
  isTutoringStaff,
  mayFollowEscalations,
  mayListContacts,
  mayReadChurnReport,
  worksWithFamilies,
} from '../../features/viewer/roles';

interface Entry {
  to: string;
  label: string;
  icon: ReactNode;
  testId: string;
}

const CHURN_PATH = '/escalations/churn';

/**
 * The app's sections: my classes (a tutoring centre's groups) for everyone; tasks, compliance
 * and the contacts of a class or grade for staff who work with families' records (not
 * analysts, not finance); escalations for everyone but analysts (finance: the refunds awaiting
 * review, and nothing else); the churn report for a campus's leadership; policy and calendar
 * for everyone; the audit trail for the principal only (the server refuses it to everyone
 * else anyway). Plain links, so the first load stays small.
 */
export function AppNav() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  if (!viewer) return null;
  const { roles } = viewer;
  const financeOnly = isFinanceOnly(roles);
  const entries: Entry[] = [
    ...(financeOnly
      ? []
      : [
          {
            to: '/',
            label: t(isTutoringStaff(roles) ? 'nav.myGroups' : 'nav.myClasses'),
            icon: <TeamOutlined />,
            testId: 'nav-classes',
          },
        ]),
    ...(worksWithFamilies(roles)
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
    ...(mayFollowEscalations(roles)
      ? [
          {
            to: '/escalations',
            label: t(financeOnly ? 'nav.refunds' : 'nav.escalations'),
            icon: <RiseOutlined />,
            testId: 'nav-escalations',
          },
        ]
      : []),
    ...(mayReadChurnReport(roles)
      ? [{ to: CHURN_PATH, label: t('nav.churn'), icon: <FundOutlined />, testId: 'nav-churn' }]
      : []),
    ...(financeOnly
      ? []
      : [
          { to: '/policy', label: t('nav.policy'), icon: <FileTextOutlined />, testId: 'nav-policy' },
          { to: '/calendar', label: t('nav.calendar'), icon: <CalendarOutlined />, testId: 'nav-calendar' },
        ]),
    ...(mayListContacts(roles)
      ? [{ to: '/contacts', label: t('nav.contacts'), icon: <ProfileOutlined />, testId: 'nav-contacts' }]
      : []),
    ...(isPrincipal(roles)
      ? [{ to: '/audit', label: t('nav.audit'), icon: <AuditOutlined />, testId: 'nav-audit' }]
      : []),
  ];
  // The churn report lives under /escalations but is its own section.
  const active = (entry: Entry, isActive: boolean) =>
    isActive && !(entry.to === '/escalations' && pathname.startsWith(CHURN_PATH));
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
            color: active(entry, isActive) ? token.colorPrimary : token.colorText,
            background: active(entry, isActive) ? token.colorPrimaryBg : 'transparent',
          })}
        >
          {entry.icon}
          {entry.label}
        </NavLink>
      ))}
    </Flex>
  );
}

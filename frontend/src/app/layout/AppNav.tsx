import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  FundOutlined,
  IdcardOutlined,
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
  answersForFamilyRights,
  isDirectoryOnly,
  isFinanceOnly,
  keepsDirectory,
  isTutoringStaff,
  mayFollowEscalations,
  mayListContacts,
  mayReadChurnReport,
  worksWithFamilies,
} from '../../features/viewer/roles';
import type { StaffRole } from '../../gql/graphql';

type Roles = readonly StaffRole[];

interface Entry {
  to: string;
  /** The label's translation key, or a rule choosing it by the viewer's roles. */
  labelKey: string | ((roles: Roles) => string);
  icon: ReactNode;
  testId: string;
  /** Whether the viewer's roles may use the screen: the same rule the API applies to its queries. */
  allowed: (roles: Roles) => boolean;
}

const CHURN_PATH = '/escalations/churn';

const notFinanceOnly = (roles: Roles) => !isFinanceOnly(roles) && !isDirectoryOnly(roles);

const ENTRIES: Entry[] = [
  {
    to: '/',
    labelKey: (roles) => (isTutoringStaff(roles) ? 'nav.myGroups' : 'nav.myClasses'),
    icon: <TeamOutlined />,
    testId: 'nav-classes',
    allowed: notFinanceOnly,
  },
  {
    to: '/tasks',
    labelKey: 'nav.tasks',
    icon: <CheckSquareOutlined />,
    testId: 'nav-tasks',
    allowed: worksWithFamilies,
  },
  {
    to: '/compliance',
    labelKey: 'nav.compliance',
    icon: <BarChartOutlined />,
    testId: 'nav-compliance',
    allowed: worksWithFamilies,
  },
  {
    to: '/escalations',
    labelKey: (roles) => (isFinanceOnly(roles) ? 'nav.refunds' : 'nav.escalations'),
    icon: <RiseOutlined />,
    testId: 'nav-escalations',
    allowed: mayFollowEscalations,
  },
  {
    to: CHURN_PATH,
    labelKey: 'nav.churn',
    icon: <FundOutlined />,
    testId: 'nav-churn',
    allowed: mayReadChurnReport,
  },
  {
    to: '/policy',
    labelKey: 'nav.policy',
    icon: <FileTextOutlined />,
    testId: 'nav-policy',
    allowed: worksWithFamilies,
  },
  {
    to: '/calendar',
    labelKey: 'nav.calendar',
    icon: <CalendarOutlined />,
    testId: 'nav-calendar',
    allowed: worksWithFamilies,
  },
  {
    to: '/contacts',
    labelKey: 'nav.contacts',
    icon: <ProfileOutlined />,
    testId: 'nav-contacts',
    allowed: mayListContacts,
  },
  {
    to: '/directory',
    labelKey: 'nav.directory',
    icon: <IdcardOutlined />,
    testId: 'nav-directory',
    allowed: keepsDirectory,
  },
  {
    to: '/audit',
    labelKey: 'nav.audit',
    icon: <AuditOutlined />,
    testId: 'nav-audit',
    allowed: answersForFamilyRights,
  },
];

/**
 * The app's sections, each offered only to the roles the API serves it to (the viewer's roles
 * come from the API's `viewer` query): my classes (a tutoring centre's groups) for everyone
 * but finance; tasks, compliance, policy and calendar for staff who work with families (not
 * analysts, whom the API answers analytics only, nor finance, which sees refunds only);
 * escalations for everyone but analysts (finance: the refunds awaiting review); the churn
 * report for a campus's leadership; the contacts of a class or grade for the roles that may
 * list them; the directory for its keepers (the administrator, principal, campus director);
 * the audit trail for the principal. Plain links, so the first load stays small.
 */
export function AppNav() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  if (!viewer) return null;
  const entries = ENTRIES.filter((entry) => entry.allowed(viewer.roles));
  // The churn report lives under /escalations but is its own section.
  const active = (entry: Entry, isActive: boolean) =>
    isActive && !(entry.to === '/escalations' && pathname.startsWith(CHURN_PATH));
  const label = (entry: Entry) =>
    t(typeof entry.labelKey === 'string' ? entry.labelKey : entry.labelKey(viewer.roles));
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
          {label(entry)}
        </NavLink>
      ))}
    </Flex>
  );
}

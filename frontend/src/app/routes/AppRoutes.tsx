import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { CALLBACK_PATH } from '../../lib/auth/userManager';
import { AuthCallbackPage } from './AuthCallbackPage';
import { RequireAuth } from './RequireAuth';

// Each screen is its own chunk: the first load carries the shell and sign-in only.
const MyClassesPage = lazy(() => import('../../features/classes/components/MyClassesPage'));
const ClassRosterPage = lazy(() => import('../../features/classes/components/ClassRosterPage'));
const StudentPage = lazy(() => import('../../features/students/components/StudentPage'));
const HouseholdPage = lazy(() => import('../../features/households/components/HouseholdPage'));
const ContactsPage = lazy(() => import('../../features/contacts/components/ContactsPage'));
const ContactPrintPage = lazy(() => import('../../features/contacts/components/ContactPrintPage'));
const AuditPage = lazy(() => import('../../features/audit/components/AuditPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const ExplorePage = lazy(() => import('../../features/explore/components/ExplorePage'));
const HomePage = lazy(() => import('../../features/tasks/components/HomePage'));
const MyTasksPage = lazy(() => import('../../features/tasks/components/MyTasksPage'));
const ComplianceDashboardPage = lazy(
  () => import('../../features/compliance/components/ComplianceDashboardPage'),
);
const PolicyPage = lazy(() => import('../../features/policy/components/PolicyPage'));
const CalendarPage = lazy(() => import('../../features/policy/components/CalendarPage'));
const EscalationBoardPage = lazy(() => import('../../features/escalations/components/EscalationBoardPage'));
const EscalationDetailPage = lazy(() => import('../../features/escalations/components/EscalationDetailPage'));
const DirectoryPage = lazy(() => import('../../features/directory/components/DirectoryPage'));
const ChurnReportPage = lazy(() => import('../../features/escalations/components/churn/ChurnReportPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route path={CALLBACK_PATH} element={<AuthCallbackPage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<HomePage />} />
        <Route path="classes" element={<MyClassesPage />} />
        <Route path="tasks" element={<MyTasksPage />} />
        <Route path="compliance" element={<ComplianceDashboardPage />} />
        <Route path="policy" element={<PolicyPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="classes/:id" element={<ClassRosterPage />} />
        <Route path="students/:id" element={<StudentPage />} />
        <Route path="households/:id" element={<HouseholdPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/:id/print" element={<ContactPrintPage />} />
        <Route path="escalations" element={<EscalationBoardPage />} />
        <Route path="escalations/churn" element={<ChurnReportPage />} />
        <Route path="escalations/:id" element={<EscalationDetailPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="directory" element={<DirectoryPage />} />
        <Route path="explore" element={<ExplorePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { BrowserRouter } from 'react-router';
import { AuthProvider } from '../lib/auth/AuthProvider';
import { AppProviders } from './providers/AppProviders';
import { AppRoutes } from './routes/AppRoutes';

/** Providers outermost (theme, locale, messages), then the router, then sign-in state. */
export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </BrowserRouter>
    </AppProviders>
  );
}

import type { Actor } from '@ungcuu/domain/auth/permissions.ts';
import { createContext, type ReactNode, useContext } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Me } from '../../../api/types.ts';
import { FullPageError, FullPageLoader } from '../../../components/full-page.tsx';
import { actorOf, useMe } from '../hooks/use-session.ts';

interface Session {
  me: Me;
  actor: Actor;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the signed-in person to the screens below (RequireSession; component tests). */
export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The signed-in person; only inside the routes that RequireSession guards. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside RequireSession');
  return session;
}

export const FORCED_PASSWORD_PATH = '/change-password';
export const FORCED_TOTP_PATH = '/setup-2fa';

/**
 * Guards every signed-in screen: sends strangers to sign-in, and a person who must first change a
 * one-time password or set up a required second factor to that page (the server allows nothing else).
 */
export function RequireSession() {
  const { data: me, isPending, isError, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageLoader />;
  if (isError) return <FullPageError onRetry={() => void refetch()} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  const path = location.pathname;
  if (me.mustChangePassword) {
    if (path !== FORCED_PASSWORD_PATH) return <Navigate to={FORCED_PASSWORD_PATH} replace />;
  } else if (me.totpSetupRequired) {
    if (path !== FORCED_TOTP_PATH) return <Navigate to={FORCED_TOTP_PATH} replace />;
  } else if (path === FORCED_PASSWORD_PATH || path === FORCED_TOTP_PATH) {
    return <Navigate to="/" replace />;
  }
  return (
    <SessionProvider value={{ me, actor: actorOf(me.user) }}>
      <Outlet />
    </SessionProvider>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { FullPageLoader } from '../../../components/full-page.tsx';
import { ME_KEY, useMe } from '../hooks/use-session.ts';
import { SignInPage, safeNext } from './sign-in-page.tsx';

/**
 * /sign-in inside the running app (after signing out, or a session that ended): the same form as
 * the first paint; someone already signed in goes straight to the page asked for.
 */
export function SignInRoute() {
  const me = useMe();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  return (
    <SignInPage
      signedOut={signedOut}
      onSignedIn={(signedIn) => {
        client.clear();
        client.setQueryData(ME_KEY, signedIn);
        // The cleared cache no longer tells this page's `useMe`: go on explicitly.
        void navigate(safeNext(params.get('next')), { replace: true });
      }}
    />
  );
}

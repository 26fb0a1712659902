import { createRoot } from 'react-dom/client';
import type { Me } from '../api/types.ts';
import { Loader } from '../components/light/light-ui.tsx';
import { SignInPage, safeNext } from '../features/auth/pages/sign-in-page.tsx';
import { fetchMe } from '../features/auth/session-api.ts';
import { PublicReportPage } from '../features/public-intake/pages/public-report-page.tsx';
import { firstPaintText } from '../i18n/first-paint-i18n.ts';
import { applyLocale, currentLocale } from '../i18n/locale.ts';

// The first paint of /sign-in and of the public report form (decision 0033): React and these two
// pages only. The application (router, Mantine, React Query, i18next, the signed-in pages) loads
// once someone has signed in, in the same page, at the address asked for.

const element = () => document.getElementById('root')!;

/** Leaves the first paint for the application at `path`. */
async function handOver(root: ReturnType<typeof createRoot>, path: string, me: Me | null): Promise<void> {
  const { startApp } = await import('./full-app.tsx');
  root.unmount();
  window.history.replaceState(null, '', path);
  await startApp(me ?? undefined);
}

function startSignIn(root: ReturnType<typeof createRoot>): void {
  const next = safeNext(new URLSearchParams(window.location.search).get('next'));
  const signedOut =
    (window.history.state as { usr?: { signedOut?: boolean } } | null)?.usr?.signedOut === true;
  root.render(
    <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
      <Loader label={firstPaintText(currentLocale(), 'app.loading')} />
    </div>,
  );
  // Someone already signed in goes straight to the page asked for.
  fetchMe().then(
    (me) => {
      if (me) void handOver(root, next, me);
      else
        root.render(
          <SignInPage signedOut={signedOut} onSignedIn={(who) => void handOver(root, next, who)} />,
        );
    },
    () =>
      root.render(<SignInPage signedOut={signedOut} onSignedIn={(who) => void handOver(root, next, who)} />),
  );
}

export function startFirstPaint(): void {
  applyLocale(currentLocale());
  const root = createRoot(element());
  if (window.location.pathname === '/sign-in') startSignIn(root);
  else root.render(<PublicReportPage />);
}

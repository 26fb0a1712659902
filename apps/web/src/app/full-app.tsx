import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import type { Me } from '../api/types.ts';
import { ME_KEY } from '../features/auth/hooks/use-session.ts';
import { initI18n } from '../i18n/i18n.ts';
import { connectSession, Providers } from './providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createRouter } from './router.tsx';

/**
 * The application: router, Mantine, React Query, i18next with every namespace. Loaded for every
 * page but the first-paint ones, and by those once someone has signed in (decision 0033);
 * `me` is who just signed in, so that the session is not asked for again.
 */
export async function startApp(me?: Me): Promise<void> {
  await initI18n();
  const client = createQueryClient();
  connectSession(client);
  if (me) client.setQueryData(ME_KEY, me);
  const router = createRouter();
  createRoot(document.getElementById('root')!).render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  );
}

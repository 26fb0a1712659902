import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { connectSession, Providers } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createRouter } from './app/router.tsx';
import { initI18n } from './i18n/i18n.ts';

async function start(): Promise<void> {
  await initI18n();
  const client = createQueryClient();
  connectSession(client);
  const router = createRouter();
  createRoot(document.getElementById('root')!).render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  );
}

void start();

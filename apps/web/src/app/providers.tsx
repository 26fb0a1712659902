import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { setSessionHooks } from '../api/client.ts';
import { ME_KEY } from '../features/auth/hooks/use-session.ts';
import { theme } from './theme.ts';

/** Ties the API client's session signals to the cached "who am I", which the route guard reads. */
export function connectSession(client: QueryClient): void {
  setSessionHooks({
    signedOut: () => client.setQueryData(ME_KEY, null),
    restricted: () => void client.invalidateQueries({ queryKey: ME_KEY }),
  });
}

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

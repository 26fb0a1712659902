import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setNonce } from 'get-nonce';
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

// The server puts a fresh nonce in each page it sends and allows only <style> elements carrying
// it (Content-Security-Policy); Mantine writes its theme and responsive styles into such elements.
// Absent under the Vite dev server, which sends no policy.
const styleNonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;
const nonceProps = styleNonce ? { getStyleNonce: () => styleNonce } : {};
// Modals and drawers lock scrolling through react-remove-scroll, which writes its own <style>
// element with the nonce it gets from get-nonce.
if (styleNonce) setNonce(styleNonce);

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" {...nonceProps}>
      <Notifications position="bottom-right" limit={4} />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

import './dom.ts';
import { after, afterEach } from 'node:test';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { Actor } from '@ungcuu/domain/auth/permissions.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import i18next from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Me } from '../api/types.ts';
import { theme } from '../app/theme.ts';
import { SessionProvider } from '../features/auth/components/session-gate.tsx';
import { followLocale } from '../i18n/i18n.ts';
import { en, vi } from '../i18n/resources.ts';

// Test files take Testing Library from here, never directly: this module loads the DOM first.
export { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

// The app's providers around a component under test: Mantine with the app theme, i18next with the
// real vi/en resources (Vietnamese, as the app starts), a fresh query client (no retries), a router,
// and optionally a signed-in person.

await i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
followLocale();

afterEach(() => {
  cleanup();
  void i18next.changeLanguage('vi');
});

// happy-dom keeps timers of its own; closing the window lets the test process end.
after(async () => {
  await (globalThis as unknown as { happyDOM?: { abort: () => Promise<void> } }).happyDOM?.abort();
});

const UNIT_ID = '00000000-0000-4000-8000-000000000001';

/** A signed-in person of the given roles, with everything a form reads from the session. */
export function testSession(roles: Role[] = ['unit_officer']): { me: Me; actor: Actor } {
  const user = {
    id: '00000000-0000-4000-8000-0000000000aa',
    username: 'hoa.nt',
    fullName: 'Nguyễn Thị Hoa',
    email: 'hoa@example.gov.vn',
    phone: '0912345678',
    unitId: UNIT_ID,
    roles,
    locale: 'vi',
  } as unknown as Me['user'];
  return {
    me: { user, csrfToken: null, mustChangePassword: false, totpSetupRequired: false },
    actor: { userId: user.id, unitId: UNIT_ID, roles },
  };
}

function AppProviders({
  client,
  session,
  path,
  children,
}: {
  client: QueryClient;
  session: { me: Me; actor: Actor } | undefined;
  path: string;
  children: ReactNode;
}) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <I18nextProvider i18n={i18next}>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={[path]}>
            {session ? <SessionProvider value={session}>{children}</SessionProvider> : children}
          </MemoryRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}

export function renderWithApp(
  ui: ReactElement,
  {
    session,
    client,
    path = '/',
  }: {
    session?: { me: Me; actor: Actor };
    client?: QueryClient;
    /** Where the router starts (a page reading `useParams` is rendered inside its `<Route>`). */
    path?: string;
  } = {},
) {
  const queryClient =
    client ?? new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const inApp = (node: ReactElement) => (
    <AppProviders client={queryClient} session={session} path={path}>
      {node}
    </AppProviders>
  );
  const result = render(inApp(ui));
  // `rerender` keeps the providers around the new element.
  return { ...result, rerender: (next: ReactElement) => result.rerender(inApp(next)) };
}

/**
 * Answers the app's `fetch` calls from a table of `METHOD /path` → body, recording each request;
 * an unknown request answers 404 so a test notices a call it did not expect.
 */
export function stubFetch(routes: Record<string, unknown>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost/');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: `${url.pathname}${url.search}`, body });
    const key = `${method} ${url.pathname}`;
    if (!(key in routes)) {
      return new Response(JSON.stringify({ error: { code: 'not_found', message: key } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    }
    return new Response(JSON.stringify(routes[key]), {
      status: method === 'POST' ? 201 : 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}

import type { LoginResult } from '@ungcuu/domain/auth/auth-api.ts';
import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { ApiError, api, setCsrfToken } from '../../api/request.ts';
import type { Me, User } from '../../api/types.ts';
import { chooseLocale, hasStoredLocale, storedLocale } from '../../i18n/locale.ts';

// The session calls without React Query or the router: the sign-in page uses them before the
// full app loads (decision 0033); hooks/use-session.ts wraps them for the signed-in screens.

/** Who is signed in, or null. Keeps the CSRF token for the writes that follow. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/api/auth/me', { quiet: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * The language follows the person: a choice made on this browser wins and is saved to the
 * account when allowed; on a browser that never chose, the account's language applies.
 */
export async function syncLocale(user: User): Promise<void> {
  if (!hasStoredLocale()) {
    chooseLocale(user.locale);
    return;
  }
  const local = storedLocale();
  if (local !== user.locale) await saveLocale(user, local);
}

export async function saveLocale(user: User, locale: Locale): Promise<void> {
  if (user.locale === locale) return;
  await api('PATCH', '/api/auth/me', { body: { locale }, quiet: true }).catch(() => undefined);
}

export interface SignInInput {
  username: string;
  password: string;
  totp?: string;
}

/** Signs in (the form shows its own errors: quiet), then loads who we are in the account's language. */
export async function signIn(input: SignInInput): Promise<Me | null> {
  const result = await api<LoginResult>('POST', '/api/auth/login', { body: input, quiet: true });
  setCsrfToken(result.csrfToken);
  const me = await fetchMe();
  if (me) await syncLocale(me.user);
  return me;
}

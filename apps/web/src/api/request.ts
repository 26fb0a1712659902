import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { firstPaintText } from '../i18n/first-paint-i18n.ts';
import { currentLocale } from '../i18n/locale.ts';

// The API client without Mantine or i18next, so that the sign-in page and the public report form
// can use it before the full app loads (decision 0033). api/client.ts adds the error toasts.

/** An error answered by the API (or a network failure, code 'network'). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Partial<Record<Locale, string>>,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(messages.en ?? messages.vi ?? code);
  }

  /** The message in the interface's current language. */
  localized(): string {
    return this.messages[currentLocale()] ?? this.messages.vi ?? this.message;
  }
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    messages?: Partial<Record<Locale, string>>;
    requestId?: string;
    details?: unknown;
  };
}

interface SessionHooks {
  /** The session is gone (401 auth.required): forget the user, which sends the screens to sign-in. */
  signedOut(): void;
  /** The server requires a password change or a second factor first: reload who we are. */
  restricted(): void;
}

let csrfToken: string | null = null;
let hooks: SessionHooks = { signedOut: () => {}, restricted: () => {} };

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setSessionHooks(next: SessionHooks): void {
  hooks = next;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  /** Do not show a notification for these error codes (true: for any), the caller handles them. */
  quiet?: boolean | readonly string[];
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isQuiet(quiet: RequestOptions['quiet'], code: string): boolean {
  return quiet === true || (Array.isArray(quiet) && quiet.includes(code));
}

let reportError: (error: ApiError) => void = () => {};

/** How errors the caller does not handle are shown (api/client.ts: a toast). */
export function setErrorReporter(report: (error: ApiError) => void): void {
  reportError = report;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale() };
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return fetch(buildUrl(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
}

async function refreshCsrf(): Promise<boolean> {
  const res = await fetch('/api/auth/me', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!res.ok) return false;
  const me = (await res.json()) as { csrfToken?: string | null };
  csrfToken = me.csrfToken ?? null;
  return csrfToken !== null;
}

/**
 * One request to the API. Adds the CSRF header to writes, turns error bodies into ApiError,
 * shows the error in the current language unless told to stay quiet, and reacts to the session
 * codes (sign-in needed, password change or second factor required).
 */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await send(method, path, options);
    // The CSRF token changes when the session does (another tab signed in again): fetch it once more.
    if (res.status === 403 && method !== 'GET') {
      const peek = (await res
        .clone()
        .json()
        .catch(() => ({}))) as ErrorBody;
      if (peek.error?.code === 'auth.csrf' && (await refreshCsrf())) res = await send(method, path, options);
    }
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const error = new ApiError(0, 'network', {
      vi: firstPaintText('vi', 'errors.network'),
      en: firstPaintText('en', 'errors.network'),
    });
    if (!isQuiet(options.quiet, 'network')) reportError(error);
    throw error;
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  const parsed = (await res.json().catch(() => ({}))) as ErrorBody;
  const e = parsed.error ?? {};
  const error = new ApiError(
    res.status,
    e.code ?? `http.${res.status}`,
    e.messages ?? (e.message ? { vi: e.message, en: e.message } : {}),
    e.details,
    e.requestId,
  );
  if (error.code === 'auth.required') {
    hooks.signedOut();
    throw error;
  }
  if (error.code === 'auth.password_change_required' || error.code === 'auth.totp_setup_required') {
    // The route guard takes the person to the page that explains and fixes it; no toast needed.
    hooks.restricted();
    throw error;
  }
  if (!isQuiet(options.quiet, error.code)) reportError(error);
  throw error;
}

export const apiGet = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  api<T>('GET', path, { query, signal });

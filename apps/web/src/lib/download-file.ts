import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { ApiError, notifyError, type Query } from '../api/client.ts';
import { currentLocale } from '../i18n/i18n.ts';

/** The file name of a `content-disposition` header (RFC 5987 `filename*` first). */
export function filenameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** `path` with the query's non-empty values appended (a path may already carry a query string). */
export function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  if (!qs) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}

/**
 * Saves a file the API serves (export, Word report, evidence) as the browser's own download; an
 * error answer is shown in the interface language instead of being saved as a file. Every feature
 * downloads through here so that error handling and file naming stay the same everywhere.
 */
export async function downloadFile(path: string, fallbackName: string, query?: Query): Promise<boolean> {
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), {
      credentials: 'same-origin',
      headers: { 'accept-language': currentLocale() },
    });
  } catch {
    notifyError(new ApiError(0, 'network', {}));
    return false;
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as {
      error?: { code?: string; messages?: Partial<Record<Locale, string>>; message?: string };
    };
    const e = body.error ?? {};
    notifyError(
      new ApiError(
        res.status,
        e.code ?? `http.${res.status}`,
        e.messages ?? (e.message ? { vi: e.message, en: e.message } : {}),
      ),
    );
    return false;
  }
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = filenameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return true;
}

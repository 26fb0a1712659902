import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { ApiError, notifyError } from '../../api/client.ts';
import { currentLocale } from '../../i18n/i18n.ts';

/** The file name of a `content-disposition` header (RFC 5987 `filename*` first). */
function filenameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * Downloads a file from the API as the browser's own download, showing the API's error (in the
 * interface language) instead of saving an error page as a file.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<boolean> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': currentLocale() } });
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
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filenameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return true;
}

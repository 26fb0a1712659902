import type { FastifyRequest } from 'fastify';

export type Locale = 'vi' | 'en';

/** The signed-in person's language, else the browser's first choice between vi and en; Vietnamese by default. */
export function requestLocale(req: FastifyRequest): Locale {
  const own = req.actor && 'locale' in req.actor ? (req.actor as { locale?: string }).locale : undefined;
  if (own === 'en' || own === 'vi') return own;
  const header = req.headers['accept-language'];
  if (typeof header === 'string') {
    const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en';
  }
  return 'vi';
}

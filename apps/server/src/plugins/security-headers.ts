import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';

// The style nonce of each response: Mantine writes its theme variables and responsive styles
// into <style> elements at run time, which a strict style-src refuses unless they carry it.
const styleNonces = new WeakMap<ServerResponse, string>();

function nonceFor(res: ServerResponse): string {
  let nonce = styleNonces.get(res);
  if (!nonce) {
    nonce = randomBytes(16).toString('base64');
    styleNonces.set(res, nonce);
  }
  return nonce;
}

/** The nonce this response allows <style> elements with (the SPA page hands it to Mantine). */
export function styleNonceOf(reply: FastifyReply): string {
  return nonceFor(reply.raw);
}

/**
 * The same policy for every response (API, SPA, assets, errors, /docs): only this origin's
 * scripts, no inline script at all, styles from this origin or carrying the response's nonce,
 * never framed. 'upgrade-insecure-requests' is left out: a server on a plain-HTTP office network
 * would otherwise send browsers to an HTTPS port that does not exist.
 */
const DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", (_req: unknown, res: ServerResponse) => `'nonce-${nonceFor(res)}'`],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
};

/**
 * The policy of /docs: Swagger UI writes its own <style> elements without a nonce, so styles (only
 * styles) may be inline there; scripts stay this origin's only. The page holds no user data.
 */
export const DOCS_CSP = Object.entries({ ...DIRECTIVES, 'style-src': ["'self'", "'unsafe-inline'"] })
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/** One year, without subdomains: other hosts of a province's domain may still be plain HTTP. */
const HSTS = 'max-age=31536000';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Set below, only over HTTPS: on plain HTTP the header means nothing and must not be sent.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (req, reply) => {
    // req.protocol follows X-Forwarded-Proto only when TRUST_PROXY says the proxy is trusted.
    // On the raw response, like helmet's headers, so that hijacked replies (event streams) get it.
    if (req.protocol === 'https') reply.raw.setHeader('strict-transport-security', HSTS);
  });
}

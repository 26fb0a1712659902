import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { styleNonceOf } from './security-headers.ts';

export interface WebApp {
  /** Sends the SPA page, carrying this response's style nonce for Mantine. */
  sendPage(reply: FastifyReply): FastifyReply;
}

/**
 * Serves the built SPA; any unknown GET outside /api falls back to the page (client-side routes).
 * The page itself is never served as a static file: each response carries its own CSP nonce.
 */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<WebApp | null> {
  const indexPath = join(webDist, 'index.html');
  if (!existsSync(indexPath)) return null;
  const page = readFileSync(indexPath, 'utf8');
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    allowedPath: (path) => path !== '/index.html',
    maxAge: '1h',
  });
  return {
    sendPage(reply) {
      const meta = `<meta name="csp-nonce" content="${styleNonceOf(reply)}" />`;
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(page.replace('<head>', `<head>\n    ${meta}`));
    },
  };
}

export function isSpaRequest(method: string, url: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/api/') && !url.startsWith('/docs');
}

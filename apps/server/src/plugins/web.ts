import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built SPA; any unknown GET outside /api falls back to index.html (client-side routes). */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<boolean> {
  const available = existsSync(join(webDist, 'index.html'));
  if (!available) return false;
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'], maxAge: '1h' });
  return true;
}

export function isSpaRequest(method: string, url: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/api/') && !url.startsWith('/docs');
}

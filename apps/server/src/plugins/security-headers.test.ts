import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '@ungcuu/core/config.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { TestContext, type TestUser } from '../testing/test-app.ts';

// Security headers on every kind of response: API (success and each error), the SPA page and
// its fallback routes, static assets, /docs, and HSTS only over HTTPS.
let ctx: TestContext;
let web: FastifyInstance;
let proxied: FastifyInstance;
let user: TestUser;
let dist: string;

before(async () => {
  ctx = await TestContext.create();
  user = await ctx.user(['viewer']);
  dist = mkdtempSync(join(tmpdir(), 'ungcuu-web-'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dist, 'app.js'), 'console.log(1)');
  web = await buildApp(loadConfig({ LOG_LEVEL: 'silent', UNGCUU_WEB_DIST: dist }), {
    handle: ctx.handle,
    services: ctx.services,
    logger: false,
  });
  proxied = await buildApp(loadConfig({ LOG_LEVEL: 'silent', UNGCUU_WEB_DIST: dist, TRUST_PROXY: 'true' }), {
    handle: ctx.handle,
    services: ctx.services,
    logger: false,
  });
});
after(async () => {
  await web.close();
  await proxied.close();
  await ctx.close();
  rmSync(dist, { recursive: true, force: true });
});

function directives(res: LightMyRequestResponse): Map<string, string> {
  const csp = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );
}

function assertSecured(res: LightMyRequestResponse, what: string, inlineStyles = false): void {
  const csp = directives(res);
  assert.equal(csp.get('default-src'), "'self'", `${what}: default-src`);
  assert.equal(csp.get('script-src'), "'self'", `${what}: no inline or foreign script`);
  assert.equal(csp.get('object-src'), "'none'", what);
  assert.equal(csp.get('base-uri'), "'self'", what);
  assert.equal(csp.get('form-action'), "'self'", what);
  assert.equal(csp.get('frame-ancestors'), "'none'", what);
  if (inlineStyles) assert.equal(csp.get('style-src'), "'self' 'unsafe-inline'", what);
  else
    assert.doesNotMatch(
      csp.get('style-src') ?? '',
      /unsafe-inline/,
      `${what}: no inline style without nonce`,
    );
  assert.doesNotMatch(String(res.headers['content-security-policy']), /unsafe-eval/, what);
  assert.equal(res.headers['x-frame-options'], 'DENY', what);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', what);
  assert.equal(res.headers['strict-transport-security'], undefined, `${what}: no HSTS over plain HTTP`);
}

describe('security headers', () => {
  test('on API answers: 401, 400, 404, 200, and a route that does not exist', async () => {
    const cases: [string, Promise<LightMyRequestResponse>, number][] = [
      ['401', ctx.inject({ method: 'GET', url: '/api/units' }), 401],
      [
        '400',
        ctx.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: '{bad json',
          headers: { 'content-type': 'application/json' },
        }),
        400,
      ],
      [
        '404',
        ctx.inject({
          method: 'GET',
          url: '/api/units/00000000-0000-4000-8000-000000000000',
          headers: user.headers,
        }),
        404,
      ],
      ['200', ctx.inject({ method: 'GET', url: '/api/units', headers: user.headers }), 200],
      ['no route', ctx.inject({ method: 'GET', url: '/api/no-such-thing' }), 404],
      ['health', ctx.inject({ method: 'GET', url: '/healthz' }), 200],
    ];
    for (const [what, pending, status] of cases) {
      const res = await pending;
      assert.equal(res.statusCode, status, `${what}: ${res.body}`);
      assertSecured(res, what);
    }
  });

  test('on the SPA page (with a fresh style nonce each time), its client routes and static assets', async () => {
    const first = await web.inject({ method: 'GET', url: '/' });
    const second = await web.inject({ method: 'GET', url: '/incidents/some/page' });
    const asset = await web.inject({ method: 'GET', url: '/app.js' });
    const raw = await web.inject({ method: 'GET', url: '/index.html' });
    for (const [what, res] of [
      ['page', first],
      ['client route', second],
      ['asset', asset],
      ['index.html', raw],
    ] as const) {
      assert.equal(res.statusCode, 200, what);
      assertSecured(res, what);
    }
    const nonceOf = (res: LightMyRequestResponse) => {
      const inHeader = /'nonce-([^']+)'/.exec(directives(res).get('style-src') ?? '')?.[1];
      const inPage = /<meta name="csp-nonce" content="([^"]+)"/.exec(res.body)?.[1];
      assert.ok(inHeader && inHeader.length >= 16, 'a nonce in the policy');
      assert.equal(inPage, inHeader, 'the page carries the nonce of its own policy');
      return inHeader;
    };
    assert.notEqual(nonceOf(first), nonceOf(second));
    nonceOf(raw);
    assert.equal(first.headers['cache-control'], 'no-store');
  });

  test('on /docs and its assets (Swagger UI writes <style> elements: inline styles, not scripts)', async () => {
    for (const url of ['/docs', '/docs/static/index.html', '/docs/json']) {
      const res = await ctx.inject({ method: 'GET', url });
      assert.ok(res.statusCode < 400, `${url}: ${res.statusCode}`);
      assertSecured(res, url, true);
    }
  });

  test('HSTS only when the request is HTTPS (behind a trusted proxy that says so)', async () => {
    const https = await proxied.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.match(String(https.headers['strict-transport-security']), /^max-age=\d{7,}/);
    const http = await proxied.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'http' },
    });
    assert.equal(http.headers['strict-transport-security'], undefined);
    // Without TRUST_PROXY, a client cannot claim HTTPS.
    const claimed = await ctx.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.equal(claimed.headers['strict-transport-security'], undefined);
  });
});

import { Resolver } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { compareWithBaseline } from '@ungcuu/domain/monitoring/defacement.ts';
import {
  DEFAULT_SIMILARITY_THRESHOLD,
  DEFAULT_TLS_WARN_DAYS,
  type MonitorConfig,
  type MonitorKind,
} from '@ungcuu/domain/monitoring/monitor.ts';
import type { MonitorBaseline } from '../db/schema-monitoring.ts';
import { extractPage } from './page-extract.ts';

/** What one check needs: shared by the server's scheduler and the remote probe. */
export interface CheckSpec {
  kind: MonitorKind;
  target: string;
  config: MonitorConfig;
  timeoutMs: number;
  /** Defacement and DNS compare with it; null: the first answer becomes the baseline. */
  baseline: MonitorBaseline | null;
}

export interface CheckOutcome {
  ok: boolean;
  responseMs: number | null;
  /** Short, for people: shown in the list and the history. */
  message: string;
  detail: Record<string, unknown>;
  /** What was seen (a page or DNS answers): a baseline candidate and the right side of the diff. */
  snapshot?: MonitorBaseline;
}

/** Pages bigger than this are read up to the limit: enough for any portal's front page. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const USER_AGENT = 'ungcuu-monitor/1 (+giam sat an toan thong tin)';

// Keep-alive agents with a per-host cap: checks of one site reuse a few connections instead of
// opening one per monitor (polite to the site, cheap for the checker).
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 8, maxFreeSockets: 4 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 8, maxFreeSockets: 4, rejectUnauthorized: true }),
  httpsLoose: new https.Agent({
    keepAlive: true,
    maxSockets: 8,
    maxFreeSockets: 4,
    rejectUnauthorized: false,
  }),
};

interface Fetched {
  status: number;
  ms: number;
  body: string | null;
  finalUrl: string;
}

function requestOnce(
  url: URL,
  timeoutMs: number,
  loose: boolean,
  readBody: boolean,
): Promise<Fetched & { location?: string }> {
  const started = performance.now();
  const isHttps = url.protocol === 'https:';
  const mod = isHttps ? https : http;
  const agent = isHttps ? (loose ? agents.httpsLoose : agents.https) : agents.http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: 'GET',
        agent,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*' },
        timeout: timeoutMs,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (!readBody || (status >= 300 && status < 400)) {
          res.resume();
          res.on('end', () =>
            resolve({
              status,
              ms: performance.now() - started,
              body: null,
              finalUrl: url.toString(),
              ...(location ? { location } : {}),
            }),
          );
          res.on('error', reject);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size >= MAX_BODY_BYTES) return;
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          resolve({
            status,
            ms: performance.now() - started,
            body: Buffer.concat(chunks).toString('utf8'),
            finalUrl: url.toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    // One deadline for the whole exchange, not per socket event.
    const timer = setTimeout(() => req.destroy(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

async function fetchPage(
  target: string,
  timeoutMs: number,
  loose: boolean,
  readBody: boolean,
): Promise<Fetched> {
  let url = new URL(target);
  const started = performance.now();
  for (let hop = 0; ; hop++) {
    const left = Math.max(1, timeoutMs - (performance.now() - started));
    const res = await requestOnce(url, left, loose, readBody);
    if (res.location && hop < MAX_REDIRECTS) {
      url = new URL(res.location, url);
      continue;
    }
    return { ...res, ms: performance.now() - started };
  }
}

const errorText = (err: unknown) =>
  err instanceof Error ? ((err as NodeJS.ErrnoException).code ?? err.message) : String(err);

function statusOk(status: number, config: MonitorConfig): boolean {
  return config.expectedStatus?.length
    ? config.expectedStatus.includes(status)
    : status >= 200 && status < 400;
}

async function checkHttp(spec: CheckSpec): Promise<CheckOutcome> {
  const needBody = spec.kind !== 'http';
  let page: Fetched;
  try {
    page = await fetchPage(spec.target, spec.timeoutMs, spec.config.ignoreTlsErrors === true, needBody);
  } catch (err) {
    return { ok: false, responseMs: null, message: errorText(err), detail: {} };
  }
  const ms = Math.round(page.ms);
  const detail: Record<string, unknown> = { status: page.status, finalUrl: page.finalUrl };
  if (!statusOk(page.status, spec.config))
    return { ok: false, responseMs: ms, message: `HTTP ${page.status}`, detail };
  if (spec.kind === 'keyword') {
    const keyword = (spec.config.keyword ?? '').toLowerCase();
    const present = keyword !== '' && (page.body ?? '').toLowerCase().includes(keyword);
    const wantPresent = spec.config.keywordMode !== 'absent';
    const ok = present === wantPresent;
    return {
      ok,
      responseMs: ms,
      message: ok ? `HTTP ${page.status}` : present ? 'keyword present' : 'keyword missing',
      detail: { ...detail, present },
    };
  }
  if (spec.kind === 'defacement') {
    const snapshot = extractPage(page.body ?? '', page.finalUrl);
    const outcome: CheckOutcome = {
      ok: true,
      responseMs: ms,
      message: `HTTP ${page.status}`,
      detail,
      snapshot: { kind: 'page', page: snapshot },
    };
    if (spec.baseline?.kind !== 'page') return outcome;
    const verdict = compareWithBaseline(
      spec.baseline.page,
      snapshot,
      spec.config.similarityPercent !== undefined
        ? spec.config.similarityPercent / 100
        : DEFAULT_SIMILARITY_THRESHOLD,
    );
    const markers = verdict.markers.map((m) => `${m.kind}:${m.detail}`).join(', ');
    return {
      ...outcome,
      ok: !verdict.defaced,
      message: verdict.defaced
        ? `changed: similarity ${verdict.similarity}${markers ? `; ${markers}` : ''}`
        : `similarity ${verdict.similarity}`,
      detail: { ...detail, ...verdict },
    };
  }
  return { ok: true, responseMs: ms, message: `HTTP ${page.status}`, detail };
}

function hostPort(target: string, defaultPort: number): { host: string; port: number } {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(target);
  if (v6) return { host: v6[1]!, port: v6[2] ? Number(v6[2]) : defaultPort };
  if (net.isIPv6(target)) return { host: target, port: defaultPort };
  const colon = target.lastIndexOf(':');
  if (colon > 0) return { host: target.slice(0, colon), port: Number(target.slice(colon + 1)) };
  return { host: target, port: defaultPort };
}

function checkTcp(spec: CheckSpec): Promise<CheckOutcome> {
  const { host, port } = hostPort(spec.target, spec.config.port ?? 443);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (outcome: CheckOutcome) => {
      socket.destroy();
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        done({
          ok: false,
          responseMs: null,
          message: `timeout after ${spec.timeoutMs} ms`,
          detail: { port },
        }),
      spec.timeoutMs,
    );
    socket.once('connect', () =>
      done({
        ok: true,
        responseMs: Math.round(performance.now() - started),
        message: `port ${port} open`,
        detail: { port },
      }),
    );
    socket.once('error', (err) =>
      done({ ok: false, responseMs: null, message: errorText(err), detail: { port } }),
    );
  });
}

const DAY_MS = 86_400_000;

function checkTls(spec: CheckSpec, now: Date): Promise<CheckOutcome> {
  const { host, port } = hostPort(spec.target, spec.config.port ?? 443);
  const warnDays = spec.config.tlsWarnDays ?? DEFAULT_TLS_WARN_DAYS;
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port,
      servername: net.isIP(host) ? undefined : host,
      rejectUnauthorized: false,
    });
    const done = (outcome: CheckOutcome) => {
      socket.destroy();
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(
      () => done({ ok: false, responseMs: null, message: `timeout after ${spec.timeoutMs} ms`, detail: {} }),
      spec.timeoutMs,
    );
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      const ms = Math.round(performance.now() - started);
      if (!cert?.valid_to) return done({ ok: false, responseMs: ms, message: 'no certificate', detail: {} });
      const validTo = new Date(cert.valid_to);
      const validFrom = new Date(cert.valid_from);
      const daysLeft = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS);
      const trusted = socket.authorized || spec.config.ignoreTlsErrors === true;
      const detail = {
        daysLeft,
        validTo: validTo.toISOString(),
        validFrom: validFrom.toISOString(),
        subject: cert.subject?.CN ?? null,
        issuer: cert.issuer?.CN ?? null,
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : null,
      };
      let message = `certificate valid, ${daysLeft} days left`;
      let ok = true;
      if (validTo.getTime() <= now.getTime()) [ok, message] = [false, 'certificate expired'];
      else if (validFrom.getTime() > now.getTime()) [ok, message] = [false, 'certificate not yet valid'];
      else if (!trusted) [ok, message] = [false, `certificate not trusted: ${detail.authorizationError}`];
      else if (daysLeft < warnDays) [ok, message] = [false, `certificate expires in ${daysLeft} days`];
      done({ ok, responseMs: ms, message, detail });
    });
    socket.once('error', (err) => done({ ok: false, responseMs: null, message: errorText(err), detail: {} }));
  });
}

function answerText(type: string, answer: unknown): string {
  if (typeof answer === 'string') return answer.toLowerCase();
  if (Array.isArray(answer)) return answer.join('');
  if (type === 'MX') {
    const mx = answer as { priority: number; exchange: string };
    return `${mx.priority} ${mx.exchange.toLowerCase()}`;
  }
  return JSON.stringify(answer);
}

async function checkDns(spec: CheckSpec): Promise<CheckOutcome> {
  const type = spec.config.dnsRecordType ?? 'A';
  const resolver = new Resolver({ timeout: spec.timeoutMs, tries: 1 });
  if (spec.config.dnsServers?.length) resolver.setServers(spec.config.dnsServers);
  const started = performance.now();
  let answers: string[];
  try {
    const raw = (await resolver.resolve(spec.target, type)) as unknown[];
    answers = raw.map((a) => answerText(type, a)).sort();
  } catch (err) {
    return { ok: false, responseMs: null, message: errorText(err), detail: { type } };
  }
  const ms = Math.round(performance.now() - started);
  const snapshot: MonitorBaseline = { kind: 'dns', answers };
  if (spec.baseline?.kind !== 'dns')
    return { ok: true, responseMs: ms, message: answers.join(', '), detail: { type, answers }, snapshot };
  const expected = spec.baseline.answers;
  const same = expected.length === answers.length && expected.every((a, i) => a === answers[i]);
  return {
    ok: same,
    responseMs: ms,
    message: same
      ? answers.join(', ')
      : `answers changed: ${answers.join(', ')} (was ${expected.join(', ')})`,
    detail: { type, answers, expected },
    snapshot,
  };
}

/** Runs one check; never throws (a failure to check is a failed check with its reason). */
export async function runCheck(spec: CheckSpec, now: Date = new Date()): Promise<CheckOutcome> {
  try {
    switch (spec.kind) {
      case 'http':
      case 'keyword':
      case 'defacement':
        return await checkHttp(spec);
      case 'tcp':
        return await checkTcp(spec);
      case 'tls':
        return await checkTls(spec, now);
      case 'dns':
        return await checkDns(spec);
    }
  } catch (err) {
    return { ok: false, responseMs: null, message: errorText(err), detail: {} };
  }
}

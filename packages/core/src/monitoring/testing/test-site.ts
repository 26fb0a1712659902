import { execFileSync } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Real servers on loopback for the monitoring tests and the bench: a web site (HTTP and HTTPS)
// the test changes (down, slow, defaced, expiring certificate) and a DNS responder.

/** A self-signed certificate for 127.0.0.1/localhost, valid `days` days (openssl CLI). */
export function selfSignedCertificate(days: number): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ungcuu-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        String(days),
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const PORTAL_NEWS = (day: number) =>
  Array.from(
    { length: 10 },
    (_, i) =>
      `<li><a href="/tin/${day + i}">Tin ${day + i}: UBND phường triển khai chuyển đổi số, đợt ${i + 1}</a> <span>${(day % 28) + 1}/12/2026</span></li>`,
  ).join('\n');

export function portalPage(day: number, extra = ''): string {
  return `<!doctype html><html><head><title>Cổng thông tin điện tử phường Bạch Sam</title>
<script src="/js/app.js"></script><style>body{font-family:sans-serif}</style>
<script>var counter = ${day * 17};</script></head>
<body><header><h1>Cổng thông tin điện tử phường Bạch Sam</h1><nav><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<main><article><h2>Tin tức – sự kiện</h2><ul>${PORTAL_NEWS(day)}</ul></article>
<article><h2>Thông báo</h2><p>Lịch tiếp công dân của Chủ tịch UBND phường vào thứ Năm hằng tuần.</p>
<p>Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia.</p></article>${extra}</main>
<footer><p>Lượt truy cập: ${100_000 + day * 311}</p><p>Cập nhật ngày ${(day % 28) + 1}/12/2026 10:${String(day % 60).padStart(2, '0')}</p></footer></body></html>`;
}

export const DEFACED_PAGE = `<html><head><title>Hacked by Xteam</title></head><body><center>
<h1>HACKED BY XTEAM</h1><p>Your security is low. Greetz to all members.</p>
<script src="https://evil-cdn.example/x.js"></script></center></body></html>`;

export interface TestSite {
  httpUrl: string;
  httpsUrl: string;
  httpsPort: number;
  /** 'up': 200 with `html`; 'error': 500; 'slow': answers after `slowMs`. */
  state: { mode: 'up' | 'error' | 'slow'; html: string; slowMs: number };
  requests: number;
  /** Swaps the HTTPS certificate (e.g. for one that expires in two days). */
  setCertificate(pair: { key: string; cert: string }): void;
  close(): Promise<void>;
}

export async function startTestSite(html = portalPage(1)): Promise<TestSite> {
  const state: TestSite['state'] = { mode: 'up', html, slowMs: 2_000 };
  const site = { requests: 0 } as TestSite;
  const handler: http.RequestListener = (_req, res) => {
    site.requests += 1;
    const answer = () => {
      if (state.mode === 'error') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(state.html);
    };
    if (state.mode === 'slow') setTimeout(answer, state.slowMs).unref();
    else answer();
  };
  const plain = http.createServer({ keepAliveTimeout: 30_000 }, handler);
  const secure = https.createServer({ ...selfSignedCertificate(365), keepAliveTimeout: 30_000 }, handler);
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => secure.listen(0, '127.0.0.1', r));
  const httpsPort = (secure.address() as AddressInfo).port;
  Object.assign(site, {
    httpUrl: `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`,
    httpsUrl: `https://127.0.0.1:${httpsPort}/`,
    httpsPort,
    state,
    setCertificate: (pair: { key: string; cert: string }) => secure.setSecureContext(pair),
    close: async () => {
      plain.closeAllConnections();
      secure.closeAllConnections();
      await Promise.all([new Promise((r) => plain.close(r)), new Promise((r) => secure.close(r))]);
    },
  });
  return site;
}

/** A minimal DNS responder (UDP): A records from `records`, NXDOMAIN for other names. */
export async function startDnsResponder(
  records: Map<string, string[]>,
): Promise<{ server: string; close(): Promise<void> }> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg, rinfo) => {
    if (msg.length < 12) return;
    // Question: labels from byte 12, then type and class.
    const labels: string[] = [];
    let at = 12;
    while (at < msg.length && msg[at] !== 0) {
      const len = msg[at]!;
      labels.push(msg.subarray(at + 1, at + 1 + len).toString('ascii'));
      at += len + 1;
    }
    const questionEnd = at + 5;
    const qtype = msg.readUInt16BE(at + 1);
    const name = labels.join('.').toLowerCase();
    const ips = qtype === 1 ? (records.get(name) ?? null) : [];
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8180 | (ips === null ? 3 : 0), 2); // response, RD+RA, rcode
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(ips?.length ?? 0, 6);
    const answers = (ips ?? []).map((ip) => {
      const rr = Buffer.alloc(16);
      rr.writeUInt16BE(0xc00c, 0); // pointer to the question name
      rr.writeUInt16BE(1, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(4, 10);
      for (const [i, o] of ip.split('.').entries()) rr.writeUInt8(Number(o), 12 + i);
      return rr;
    });
    socket.send(
      Buffer.concat([header, msg.subarray(12, questionEnd), ...answers]),
      rinfo.port,
      rinfo.address,
    );
  });
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    close: () => new Promise((r) => socket.close(() => r())),
  };
}

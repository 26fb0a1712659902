import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import {
  type IntakeListener,
  type IntakeListenerOptions,
  startMailIntakeListener,
} from './intake-listener.ts';

// STARTTLS is offered only when a certificate is configured; a client that requires TLS gets it.
// The mail intake service is replaced by a recorder: this file is about the SMTP session only.

const base: IntakeListenerOptions = {
  host: '127.0.0.1',
  port: 0,
  address: 'baocaosuco@ubnd.test',
  hostname: 'localhost',
  maxBytes: 100_000,
  maxRecipients: 5,
  socketTimeoutMs: 10_000,
  maxClients: 5,
  perSenderPerHour: 10,
};

describe('mail intake listener and STARTTLS', () => {
  const listeners: IntakeListener[] = [];
  const received: Buffer[] = [];
  const start = async (options: IntakeListenerOptions) => {
    const l = await startMailIntakeListener(
      options,
      async (raw) => {
        received.push(raw);
        return { status: 'duplicate' };
      },
      () => {},
    );
    listeners.push(l);
    return l;
  };
  after(async () => {
    for (const l of listeners) await l.close();
  });

  const send = (port: number) =>
    nodemailer
      .createTransport({
        host: '127.0.0.1',
        port,
        secure: false,
        requireTLS: true,
        tls: { rejectUnauthorized: false },
      })
      .sendMail({ from: 'vanthu@phuong1.test', to: base.address, subject: 'TLS', text: 'Nội dung mã hoá.' });

  test('with a certificate, a client that requires TLS delivers over STARTTLS', async () => {
    const dir = new URL('./testdata/', import.meta.url);
    const l = await start({
      ...base,
      tls: {
        key: readFileSync(new URL('test-key.pem', dir)),
        cert: readFileSync(new URL('test-cert.pem', dir)),
      },
    });
    const info = await send(l.port);
    assert.match(info.response, /^250 /);
    assert.equal(received.length, 1);
  });

  test('without one, STARTTLS is not offered (such a client refuses to send)', async () => {
    const l = await start(base);
    await assert.rejects(send(l.port));
    assert.equal(received.length, 1);
  });
});

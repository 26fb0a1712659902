import type { AddressInfo } from 'node:net';
import type { Envelope, MailOutcome } from '@ungcuu/core/mail-intake/mail-intake.service.ts';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

// The SMTP listener of the intake address (issue 9). It only receives: no relay, no sign-in.
// Limits are enforced before a mail is parsed: recipients (only the intake address, a bounded
// number of attempts), size (552 once over), a per-sender hourly budget, time-outs and a cap on
// connections. What it accepts goes to the mail intake service; a fault there answers 451 (the
// sender's server tries again later) and never stops the listener.

export interface IntakeListenerOptions {
  host: string;
  port: number;
  /** The one accepted recipient. */
  address: string;
  hostname: string;
  maxBytes: number;
  maxRecipients: number;
  socketTimeoutMs: number;
  maxClients: number;
  perSenderPerHour: number;
  tls?: { key: Buffer; cert: Buffer } | undefined;
}

export interface IntakeListener {
  port: number;
  close(): Promise<void>;
}

type Log = (level: 'info' | 'warn' | 'error', msg: string, data: object) => void;

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

const HOUR_MS = 60 * 60 * 1000;
const MAX_TRACKED_SENDERS = 10_000;

/** Mails accepted per sender in the last hour (in this process). */
class SenderBudget {
  private readonly seen = new Map<string, number[]>();
  constructor(private readonly perHour: number) {}

  take(sender: string, now: number): boolean {
    const recent = (this.seen.get(sender) ?? []).filter((t) => now - t < HOUR_MS);
    if (recent.length >= this.perHour) {
      this.seen.set(sender, recent);
      return false;
    }
    recent.push(now);
    this.seen.delete(sender);
    this.seen.set(sender, recent);
    // Forget the senders not heard from for longest, so a flood of forged senders holds no memory.
    if (this.seen.size > MAX_TRACKED_SENDERS) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }
}

async function readLimited(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the limit the rest is read and dropped, then refused with 552.
    if (size <= maxBytes) chunks.push(chunk);
  }
  return stream.sizeExceeded || size > maxBytes ? null : Buffer.concat(chunks);
}

export async function startMailIntakeListener(
  options: IntakeListenerOptions,
  receive: (raw: Buffer, envelope: Envelope) => Promise<MailOutcome>,
  log: Log,
): Promise<IntakeListener> {
  const budget = new SenderBudget(options.perSenderPerHour);
  const intake = options.address.toLowerCase();
  const attempts = new WeakMap<SMTPServerSession, number>();

  const server = new SMTPServer({
    name: options.hostname,
    banner: 'ungcuu incident intake',
    size: options.maxBytes,
    authOptional: true,
    disabledCommands: options.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    maxClients: options.maxClients,
    socketTimeout: options.socketTimeoutMs,
    closeTimeout: Math.min(options.socketTimeoutMs, 30_000),
    logger: false,
    onMailFrom(address, session, callback) {
      // Bounces (empty sender) share one budget per connecting address.
      const sender = address.address.toLowerCase() || `<>@${session.remoteAddress}`;
      if (!budget.take(sender, Date.now())) {
        log('warn', 'mail intake: sender over its hourly limit, deferred', { sender });
        return callback(smtpError(451, 'Too many mails from this sender, try again later'));
      }
      callback();
    },
    onRcptTo(address, session, callback) {
      const tried = (attempts.get(session) ?? 0) + 1;
      attempts.set(session, tried);
      if (tried > options.maxRecipients) {
        if (tried === options.maxRecipients + 1)
          log('warn', 'mail intake: too many recipients refused', { remote: session.remoteAddress });
        return callback(smtpError(452, 'Too many recipients'));
      }
      if (address.address.toLowerCase() !== intake) return callback(smtpError(550, 'No such mailbox here'));
      callback();
    },
    onData(stream, session, callback) {
      readLimited(stream, options.maxBytes)
        .then(async (raw) => {
          attempts.delete(session);
          if (!raw) {
            log('warn', 'mail intake: mail over the size limit refused', { remote: session.remoteAddress });
            return callback(smtpError(552, `Message exceeds the maximum size of ${options.maxBytes} bytes`));
          }
          const envelope: Envelope = {
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address || null : null,
            remoteAddress: session.remoteAddress ?? null,
          };
          const outcome = await receive(raw, envelope);
          const id = 'mailId' in outcome ? outcome.mailId : '-';
          log('info', 'mail intake: mail received', { ...outcome, remote: session.remoteAddress });
          callback(null, `Accepted ${outcome.status} ${id}`);
        })
        .catch((err: unknown) => {
          log('error', 'mail intake: mail not processed', {
            err: String(err),
            remote: session.remoteAddress,
          });
          callback(smtpError(451, 'Temporary failure, try again later'));
        });
    },
  });
  server.on('error', (err) => log('error', 'mail intake: connection error', { err: String(err) }));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

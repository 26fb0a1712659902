import { readFileSync } from 'node:fs';
import type { Config } from '@ungcuu/core/config.ts';
import type { MailIntakeOptions } from '@ungcuu/core/mail-intake/mail-intake.service.ts';
import type { Services } from '@ungcuu/core/services.ts';
import type { FastifyBaseLogger } from 'fastify';
import type { IntakeListener } from './intake-listener.ts';

// How server.ts puts the mail intake together from the configuration. Acknowledgements are
// queued in the notification outbox (the mail intake service's default) and leave with the
// administrator's SMTP settings, so nothing here sends mail.

export function mailIntakeWiring(config: Config): {
  options: MailIntakeOptions;
  useLogger(logger: FastifyBaseLogger): void;
} {
  // The services are built before the app and its logger: lines go to the console until then.
  let logger: FastifyBaseLogger | null = null;
  const log = (msg: string, data: object) =>
    logger ? logger.warn(data, msg) : console.warn(JSON.stringify({ msg, ...data }));
  return {
    options: { hostname: config.mailIntake.hostname, log },
    useLogger: (l) => {
      logger = l;
    },
  };
}

/** Starts the SMTP listener when UNGCUU_MAIL_INTAKE is on; null otherwise. */
export async function startConfiguredMailIntake(
  config: Config,
  services: Services,
  logger: FastifyBaseLogger,
): Promise<IntakeListener | null> {
  const m = config.mailIntake;
  if (!m.enabled) return null;
  const tls =
    m.tlsKeyFile && m.tlsCertFile
      ? { key: readFileSync(m.tlsKeyFile), cert: readFileSync(m.tlsCertFile) }
      : undefined;
  // The SMTP listener's code is loaded only when the mail intake is on.
  const { startMailIntakeListener } = await import('./intake-listener.ts');
  const listener = await startMailIntakeListener(
    { ...m, tls },
    (raw, envelope) => services.mailIntake.receive(raw, envelope),
    (level, msg, data) => logger[level](data, msg),
  );
  logger.info({ port: listener.port, address: m.address, starttls: !!tls }, 'mail intake listening');
  return listener;
}

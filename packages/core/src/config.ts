import { resolve } from 'node:path';
import { type Static, Type } from '@sinclair/typebox';
import { validationIssues } from '@ungcuu/domain/validation.ts';

// The one place that reads process.env. Validated once at start; frozen afterwards.
const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  databaseUrl: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  dataDir: Type.String({ minLength: 1 }),
  adminPassword: Type.Optional(Type.String({ minLength: 10 })),
  logLevel: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
  ),
  trustProxy: Type.Boolean(),
  cookieSecure: Type.Union([Type.Literal('auto'), Type.Boolean()]),
  webDist: Type.String(),
  dbPoolSize: Type.Integer({ minimum: 1, maximum: 200 }),
  /** The audit secret (kept outside the database): a file created at first start, or inline. */
  auditKeyFile: Type.String({ minLength: 1 }),
  auditKey: Type.Optional(Type.String({ minLength: 44 })),
  /** Signed audit checkpoints are also written here, outside the database. */
  auditCheckpointDir: Type.String({ minLength: 1 }),
  /** The SMTP listener for incident reports by email (issue 9): off unless enabled. */
  mailIntake: Type.Object({
    enabled: Type.Boolean(),
    host: Type.String({ minLength: 1 }),
    port: Type.Integer({ minimum: 0, maximum: 65535 }),
    /** The intake address people write to; the only recipient accepted. */
    address: Type.String({ pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
    /** Name in the greeting and the domain of the Message-IDs we send. */
    hostname: Type.String({ minLength: 1 }),
    tlsKeyFile: Type.Optional(Type.String({ minLength: 1 })),
    tlsCertFile: Type.Optional(Type.String({ minLength: 1 })),
    maxBytes: Type.Integer({ minimum: 1024, maximum: 100 * 1024 * 1024 }),
    maxRecipients: Type.Integer({ minimum: 1, maximum: 1000 }),
    socketTimeoutMs: Type.Integer({ minimum: 1000, maximum: 3_600_000 }),
    maxClients: Type.Integer({ minimum: 1, maximum: 10_000 }),
    /** Mails accepted from one sender address per hour; more are deferred (451). */
    perSenderPerHour: Type.Integer({ minimum: 1, maximum: 100_000 }),
  }),
  /**
   * The syslog listener of the alert intake (issue 10): off unless a UDP or TCP port is set;
   * loopback by default (a relay or firewall rule decides who may send).
   */
  syslog: Type.Object({
    host: Type.String({ minLength: 1 }),
    udpPort: Type.Union([Type.Integer({ minimum: 0, maximum: 65535 }), Type.Null()]),
    tcpPort: Type.Union([Type.Integer({ minimum: 0, maximum: 65535 }), Type.Null()]),
    maxMessageBytes: Type.Integer({ minimum: 480, maximum: 65_536 }),
    maxConnections: Type.Integer({ minimum: 1, maximum: 10_000 }),
    /** The alert source (kind syslog) the lines are filed under; created at start when missing. */
    sourceName: Type.String({ minLength: 1, maxLength: 100 }),
  }),
  /** Address people open the app at: links in mails and chat messages point there. */
  publicUrl: Type.String({ pattern: '^https?://[^\\s]+$' }),
  /** Monitors (issue 10): whether this process runs checks, how many at once, raw results kept. */
  monitorChecks: Type.Boolean(),
  monitorConcurrency: Type.Integer({ minimum: 1, maximum: 2000 }),
  monitorResultDays: Type.Integer({ minimum: 1, maximum: 400 }),
  /** Server processes (UNGCUU_WORKERS); 0 = automatic: one per core on PostgreSQL, one on PGlite. */
  workers: Type.Integer({ minimum: 0, maximum: 64 }),
});
export type Config = Readonly<Static<typeof ConfigSchema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}

function optionalPort(name: string, value: string | undefined): number | null {
  return value === undefined || value === '' ? null : int(name, value, 0);
}

function syslogConfig(env: NodeJS.ProcessEnv) {
  return {
    host: env.UNGCUU_SYSLOG_HOST || '127.0.0.1',
    udpPort: optionalPort('UNGCUU_SYSLOG_UDP_PORT', env.UNGCUU_SYSLOG_UDP_PORT),
    tcpPort: optionalPort('UNGCUU_SYSLOG_TCP_PORT', env.UNGCUU_SYSLOG_TCP_PORT),
    maxMessageBytes: int('UNGCUU_SYSLOG_MAX_MESSAGE_BYTES', env.UNGCUU_SYSLOG_MAX_MESSAGE_BYTES, 8192),
    maxConnections: int('UNGCUU_SYSLOG_MAX_CONNECTIONS', env.UNGCUU_SYSLOG_MAX_CONNECTIONS, 200),
    sourceName: env.UNGCUU_SYSLOG_SOURCE || 'syslog',
  };
}

function mailIntakeConfig(env: NodeJS.ProcessEnv) {
  const address = env.UNGCUU_MAIL_INTAKE_ADDRESS || 'baocaosuco@localhost.localdomain';
  const enabled = bool('UNGCUU_MAIL_INTAKE', env.UNGCUU_MAIL_INTAKE, false);
  if (enabled && !env.UNGCUU_MAIL_INTAKE_ADDRESS)
    throw new ConfigError('UNGCUU_MAIL_INTAKE_ADDRESS is required when UNGCUU_MAIL_INTAKE is on');
  return {
    enabled,
    host: env.UNGCUU_MAIL_INTAKE_HOST || '0.0.0.0',
    port: int('UNGCUU_MAIL_INTAKE_PORT', env.UNGCUU_MAIL_INTAKE_PORT, 2525),
    address: address.toLowerCase(),
    hostname: env.UNGCUU_MAIL_INTAKE_HOSTNAME || address.slice(address.lastIndexOf('@') + 1),
    ...(env.UNGCUU_MAIL_INTAKE_TLS_KEY ? { tlsKeyFile: resolve(env.UNGCUU_MAIL_INTAKE_TLS_KEY) } : {}),
    ...(env.UNGCUU_MAIL_INTAKE_TLS_CERT ? { tlsCertFile: resolve(env.UNGCUU_MAIL_INTAKE_TLS_CERT) } : {}),
    maxBytes: int('UNGCUU_MAIL_INTAKE_MAX_MB', env.UNGCUU_MAIL_INTAKE_MAX_MB, 10) * 1024 * 1024,
    maxRecipients: int('UNGCUU_MAIL_INTAKE_MAX_RECIPIENTS', env.UNGCUU_MAIL_INTAKE_MAX_RECIPIENTS, 10),
    socketTimeoutMs: int('UNGCUU_MAIL_INTAKE_TIMEOUT_S', env.UNGCUU_MAIL_INTAKE_TIMEOUT_S, 60) * 1000,
    maxClients: int('UNGCUU_MAIL_INTAKE_MAX_CLIENTS', env.UNGCUU_MAIL_INTAKE_MAX_CLIENTS, 20),
    perSenderPerHour: int('UNGCUU_MAIL_INTAKE_PER_SENDER_HOUR', env.UNGCUU_MAIL_INTAKE_PER_SENDER_HOUR, 30),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // The compiled server (dist/server, decision 0028) is told where the installation is.
  const root = env.UNGCUU_ROOT ? resolve(env.UNGCUU_ROOT) : resolve(import.meta.dirname, '../../..');
  const dataDir = resolve(env.UNGCUU_DATA_DIR || resolve(root, 'data'));
  const raw = {
    port: int('PORT', env.PORT, 8080),
    host: env.HOST || '0.0.0.0',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir,
    ...(env.UNGCUU_ADMIN_PASSWORD ? { adminPassword: env.UNGCUU_ADMIN_PASSWORD } : {}),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: bool('TRUST_PROXY', env.TRUST_PROXY, false),
    cookieSecure:
      env.COOKIE_SECURE === undefined || env.COOKIE_SECURE === 'auto'
        ? 'auto'
        : bool('COOKIE_SECURE', env.COOKIE_SECURE, false),
    webDist: env.UNGCUU_WEB_DIST || resolve(root, 'apps/web/dist'),
    dbPoolSize: int('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
    auditKeyFile: resolve(env.UNGCUU_AUDIT_KEY_FILE || resolve(dataDir, 'audit.key')),
    ...(env.UNGCUU_AUDIT_KEY ? { auditKey: env.UNGCUU_AUDIT_KEY } : {}),
    auditCheckpointDir: resolve(env.UNGCUU_AUDIT_CHECKPOINT_DIR || resolve(dataDir, 'audit-checkpoints')),
    mailIntake: mailIntakeConfig(env),
    syslog: syslogConfig(env),
    publicUrl: env.UNGCUU_PUBLIC_URL || `http://localhost:${int('PORT', env.PORT, 8080)}`,
    monitorChecks: bool('UNGCUU_MONITOR_CHECKS', env.UNGCUU_MONITOR_CHECKS, true),
    monitorConcurrency: int('UNGCUU_MONITOR_CONCURRENCY', env.UNGCUU_MONITOR_CONCURRENCY, 64),
    monitorResultDays: int('UNGCUU_MONITOR_RESULT_DAYS', env.UNGCUU_MONITOR_RESULT_DAYS, 14),
    workers: int('UNGCUU_WORKERS', env.UNGCUU_WORKERS, 0),
    ...overrides,
  };
  const issues = validationIssues(ConfigSchema, raw);
  if (issues.length > 0) {
    const names: Record<string, string> = {
      '/port': 'PORT',
      '/databaseUrl': 'DATABASE_URL',
      '/adminPassword': 'UNGCUU_ADMIN_PASSWORD (at least 10 characters)',
      '/logLevel': 'LOG_LEVEL',
      '/auditKey': 'UNGCUU_AUDIT_KEY (at least 32 bytes: 64 hex digits)',
      '/mailIntake/address': 'UNGCUU_MAIL_INTAKE_ADDRESS',
      '/mailIntake/port': 'UNGCUU_MAIL_INTAKE_PORT',
      '/mailIntake/maxBytes': 'UNGCUU_MAIL_INTAKE_MAX_MB',
      '/syslog/udpPort': 'UNGCUU_SYSLOG_UDP_PORT',
      '/syslog/tcpPort': 'UNGCUU_SYSLOG_TCP_PORT',
      '/syslog/maxMessageBytes': 'UNGCUU_SYSLOG_MAX_MESSAGE_BYTES (480–65536)',
      '/syslog/maxConnections': 'UNGCUU_SYSLOG_MAX_CONNECTIONS',
      '/publicUrl': 'UNGCUU_PUBLIC_URL (http:// or https:// address)',
    };
    throw new ConfigError(
      `invalid configuration: ${issues.map((i) => `${names[i.path] ?? i.path}: ${i.message}`).join('; ')}`,
    );
  }
  return Object.freeze(raw as Config);
}

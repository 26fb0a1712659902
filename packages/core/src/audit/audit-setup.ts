import type { Config } from '../config.ts';
import { type AuditKey, loadOrCreateAuditKey, useAuditKey } from './audit-key.ts';

/** Loads (or, at first start, creates) the installation's audit key and installs it for this process. */
export async function installAuditKey(
  config: Pick<Config, 'auditKeyFile' | 'auditKey'>,
): Promise<{ key: AuditKey; created: boolean }> {
  const loaded = await loadOrCreateAuditKey({ file: config.auditKeyFile, inline: config.auditKey });
  useAuditKey(loaded.key);
  return loaded;
}

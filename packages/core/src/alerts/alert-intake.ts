import type { AlertSourceRef } from '@ungcuu/domain/alerts/alert.ts';
import type { ParsedItem } from '@ungcuu/domain/alerts/alert-parsers.ts';
import type { AlertIngestResult } from '@ungcuu/domain/alerts/alerts-api.ts';
import type { ServiceDeps } from '../shared/deps.ts';

/**
 * Stores a batch of parsed alerts of one source in one transaction (all or nothing) and answers
 * per item. Webhooks and the syslog listener both come here. Resolves only after COMMIT.
 * Throws DomainError('alert.rate_limited', { limit, retryAfter }) when the source is over its rate.
 */
export async function ingestAlerts(
  deps: ServiceDeps,
  source: AlertSourceRef,
  items: readonly ParsedItem[],
): Promise<AlertIngestResult> {
  void deps;
  void source;
  void items;
  throw new Error('not implemented yet');
}

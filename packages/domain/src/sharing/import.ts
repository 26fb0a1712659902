import { DomainError } from '../errors.ts';
import { type Advisory, SHARING_LIMITS } from './advisory.ts';
import { parseMispEvent } from './misp.ts';
import { parseStixBundle } from './stix-import.ts';

/**
 * One entry for every import (incident observables today, warnings tomorrow): a MISP event or a
 * STIX 2.1 bundle, told apart by shape. The whole document is read and checked before anything is
 * returned, so a caller that writes only on success never imports half of it.
 */
export function parseSharedDocument(document: unknown): Advisory {
  if (document !== null && typeof document === 'object' && !Array.isArray(document)) {
    if ('Event' in document) return parseMispEvent(document);
    if ((document as { type?: unknown }).type === 'bundle') return parseStixBundle(document);
  }
  throw new DomainError('sharing.unknown_format');
}

/** The same from JSON text (an uploaded file): size checked before parsing. */
export function parseSharedText(text: string): Advisory {
  if (new TextEncoder().encode(text).length > SHARING_LIMITS.maxBytes) {
    throw new DomainError('sharing.too_large', { max: `${SHARING_LIMITS.maxBytes / 1024 / 1024} MB` });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new DomainError('sharing.invalid', { path: '/', detail: (error as Error).message.slice(0, 200) });
  }
  return parseSharedDocument(document);
}

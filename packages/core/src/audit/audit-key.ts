import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The audit secret lives outside the database (a key file or an environment variable), so that
 * someone who can write the database cannot recompute a record's keyed hash nor sign a checkpoint.
 * From one 32-byte secret come two keys: an HMAC key for records and an Ed25519 key pair for
 * checkpoints, whose public half (and its fingerprint, the key id) can be handed to a leader.
 */
export interface AuditKey {
  /** Fingerprint of the public key: stored with each keyed record and checkpoint. */
  id: string;
  hmacKey: Buffer;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKeyBase64: string;
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): lets node:crypto take a derived seed as a key.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function deriveAuditKey(secret: Buffer): AuditKey {
  if (secret.length < 32) throw new Error('the audit key must hold at least 32 bytes');
  const hmacKey = createHmac('sha256', secret).update('ungcuu audit record hmac v2').digest();
  const seed = createHmac('sha256', secret).update('ungcuu audit checkpoint ed25519 v1').digest();
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    id: createHash('sha256').update(raw).digest('hex').slice(0, 16),
    hmacKey,
    privateKey,
    publicKey,
    publicKeyBase64: raw.toString('base64'),
  };
}

export function signBytes(key: AuditKey, text: string): string {
  return sign(null, Buffer.from(text), key.privateKey).toString('base64');
}

export function verifySignature(key: AuditKey, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text), key.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function parseSecret(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]+$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (bytes.length < 32) throw new Error(`${where}: the audit key must be at least 32 bytes (64 hex digits)`);
  return bytes;
}

/**
 * The key from the inline value when given, else from the key file, created at first start
 * (mode 0600, never overwritten: a second process racing to create it reads the winner's key).
 */
export async function loadOrCreateAuditKey(source: {
  file: string;
  inline?: string | undefined;
}): Promise<{ key: AuditKey; created: boolean }> {
  if (source.inline)
    return { key: deriveAuditKey(parseSecret(source.inline, 'UNGCUU_AUDIT_KEY')), created: false };
  try {
    return {
      key: deriveAuditKey(parseSecret(await readFile(source.file, 'utf8'), source.file)),
      created: false,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(source.file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  try {
    await writeFile(source.file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadOrCreateAuditKey(source);
  }
  return { key: deriveAuditKey(secret), created: true };
}

// One installation, one key: the process installs it once at start (server, CLI) before writing
// audit records. Kept here rather than threaded through every caller of recordAudit; writing
// without a key fails loudly instead of silently falling back to the public algorithm.
let active: AuditKey | null = null;

export function useAuditKey(key: AuditKey): void {
  active = key;
}

export function hasAuditKey(): boolean {
  return active !== null;
}

export function activeAuditKey(): AuditKey {
  if (!active) throw new Error('audit key not loaded: call useAuditKey() at process start');
  return active;
}

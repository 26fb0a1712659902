import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { TableDigest } from './table-digest.ts';

/**
 * One backup is one file: a first line naming the format, a line of JSON (the manifest: what the
 * copy holds and how to check it) and the payload (a PGlite folder as tar.gz, or pg_dump's custom
 * format). The manifest is readable with `head -2`.
 */
const MAGIC = 'UNGCUU-BACKUP 1';

export interface BackupManifest {
  format: 1;
  engine: 'pglite' | 'postgres';
  createdAt: string;
  payload: { kind: 'pglite-datadir-tar-gz' | 'pg_dump-custom'; bytes: number; sha256: string };
  tables: Record<string, TableDigest>;
  audit: { ok: boolean; checked: number };
  evidence: { files: number; bytes: number };
}

export interface OpenedBackup {
  manifest: BackupManifest;
  /** Byte offset of the payload in the file. */
  offset: number;
}

/** Writes header and payload to `<file>.partial`, then renames: a half-written backup never has the name. */
export async function writeBackupFile(
  file: string,
  manifest: BackupManifest,
  payload: Buffer | { path: string },
): Promise<void> {
  const partial = `${file}.partial`;
  // The copy holds password hashes and evidence: readable by its owner only.
  const out = createWriteStream(partial, { mode: 0o600 });
  try {
    out.write(`${MAGIC}\n${JSON.stringify(manifest)}\n`);
    if (Buffer.isBuffer(payload)) {
      out.end(payload);
      await new Promise<void>((resolve, reject) => {
        out.on('finish', resolve);
        out.on('error', reject);
      });
    } else await pipeline(createReadStream(payload.path), out);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export async function openBackupFile(file: string): Promise<OpenedBackup> {
  const invalid = (detail: string) => new DomainError('backup.invalid', { file, detail });
  const fh = await open(file, 'r').catch(() => {
    throw invalid('cannot be read');
  });
  try {
    const head = Buffer.alloc(4 * 1024 * 1024);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead);
    const first = text.indexOf(10);
    const second = first < 0 ? -1 : text.indexOf(10, first + 1);
    if (first < 0 || second < 0 || text.subarray(0, first).toString() !== MAGIC)
      throw invalid('unknown format');
    let manifest: BackupManifest;
    try {
      manifest = JSON.parse(text.subarray(first + 1, second).toString('utf8')) as BackupManifest;
    } catch {
      throw invalid('manifest unreadable');
    }
    if (manifest.format !== 1 || !manifest.payload || !manifest.tables) throw invalid('manifest incomplete');
    return { manifest, offset: second + 1 };
  } finally {
    await fh.close();
  }
}

/** Checks the payload against the manifest's size and SHA-256 (a truncated or altered copy fails). */
export async function checkPayload(file: string, opened: OpenedBackup): Promise<void> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { start: opened.offset })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  const { payload } = opened.manifest;
  if (bytes !== payload.bytes || hash.digest('hex') !== payload.sha256)
    throw new DomainError('backup.invalid', {
      file,
      detail: `payload damaged (${bytes} bytes, expected ${payload.bytes})`,
    });
}

export async function readPayload(file: string, opened: OpenedBackup): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: opened.offset })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

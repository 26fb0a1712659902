import { canonicalJson } from '../shared/canonical-json.ts';
import { type AuditKey, signBytes, verifySignature } from './audit-key.ts';

export const CHECKPOINT_FORMAT = 'ungcuu-audit-checkpoint/1';

/** What the trail held at one moment: enough to tell later that records were removed since. */
export interface CheckpointBody {
  format: typeof CHECKPOINT_FORMAT;
  at: string;
  keyId: string;
  /** Ed25519 public key (raw, base64): lets a leader check the signature without the secret. */
  publicKey: string;
  total: number;
  /** firstKeyedId: records from this one on are keyed, so none of them may be public-hashed. */
  chains: {
    chain: number;
    count: number;
    lastId: string | null;
    head: string;
    firstKeyedId: string | null;
  }[];
}

export interface SignedCheckpoint {
  body: CheckpointBody;
  /** Ed25519 signature of the canonical JSON of body, base64. */
  signature: string;
}

export function signCheckpoint(key: AuditKey, body: CheckpointBody): SignedCheckpoint {
  return { body, signature: signBytes(key, canonicalJson(body)) };
}

/**
 * Checked against this installation's key, never against the public key written in the
 * checkpoint itself (a forger would put their own there).
 */
export function checkpointSignatureValid(key: AuditKey, checkpoint: SignedCheckpoint): boolean {
  return verifySignature(key, canonicalJson(checkpoint.body), checkpoint.signature);
}

const BEGIN = '-----BEGIN UNGCUU AUDIT CHECKPOINT-----';
const END = '-----END UNGCUU AUDIT CHECKPOINT-----';

/** A printable page (Vietnamese and English) that a leader can keep on paper or mail. */
export function checkpointText(checkpoint: SignedCheckpoint): string {
  const { body } = checkpoint;
  const lines = [
    'ĐIỂM KIỂM NHẬT KÝ HỆ THỐNG / AUDIT TRAIL CHECKPOINT — ungcuu',
    '',
    `Thời điểm / Time:                 ${body.at}`,
    `Tổng số bản ghi / Total records:  ${body.total}`,
    `Mã khoá / Key id:                 ${body.keyId}`,
    `Khoá công khai / Public key:      ${body.publicKey}`,
    '',
    'Chuỗi / Chain   Số bản ghi / Count   Bản ghi cuối / Last id   Mã băm cuối / Head hash',
    ...body.chains.map(
      (c) =>
        `${String(c.chain).padEnd(16)}${String(c.count).padEnd(21)}${String(c.lastId ?? '-').padEnd(25)}${c.head}`,
    ),
    '',
    `Chữ ký / Signature (Ed25519): ${checkpoint.signature}`,
    '',
    'Lưu giữ bản này ngoài máy chủ. Kiểm tra: ungcuu verify-audit --checkpoint <tệp>',
    'Keep this copy off the server. Check with: ungcuu verify-audit --checkpoint <file>',
    '',
    BEGIN,
    JSON.stringify(checkpoint),
    END,
    '',
  ];
  return lines.join('\n');
}

/** Reads a checkpoint from its JSON file or from the printable text (the block between markers). */
export function parseCheckpoint(text: string): SignedCheckpoint {
  const begin = text.indexOf(BEGIN);
  const json = begin >= 0 ? text.slice(begin + BEGIN.length, text.indexOf(END, begin)) : text;
  const value = JSON.parse(json) as SignedCheckpoint;
  const body = value?.body;
  if (
    !body ||
    body.format !== CHECKPOINT_FORMAT ||
    typeof value.signature !== 'string' ||
    !Array.isArray(body.chains) ||
    !body.chains.every(
      (c) =>
        Number.isInteger(c.chain) &&
        Number.isInteger(c.count) &&
        (c.lastId === null || /^\d+$/.test(String(c.lastId))) &&
        (c.firstKeyedId === null || /^\d+$/.test(String(c.firstKeyedId))) &&
        typeof c.head === 'string',
    )
  )
    throw new Error('not an ungcuu audit checkpoint');
  return value;
}

// What audit verification reports: shared by the server (packages/core) and the audit screen.

/** What verification found; every kind but none at all is tampering (or a lost key). */
export type AuditFinding =
  /** The record's content no longer matches its hash; `downgraded`: a public-algorithm record
   * after keyed ones; `head_differs`: the record a checkpoint ended on has another hash now. */
  | {
      kind: 'record_edited';
      chain: number;
      id: string;
      detail: 'hash_mismatch' | 'downgraded' | 'head_differs';
    }
  /** The record does not link to the one before it: records removed or reordered before it. */
  | { kind: 'chain_broken'; chain: number; id: string }
  /** Records (or a checkpoint) made with another key than this installation's. */
  | { kind: 'key_mismatch'; keyId: string | null; chain?: number; id?: string; source?: string }
  | { kind: 'tail_truncated'; chain: number; missing: number; checkpointAt: string }
  | { kind: 'chain_missing'; chain: number; missing: number; checkpointAt: string }
  | { kind: 'table_emptied'; missing: number; checkpointAt: string | null }
  | { kind: 'checkpoint_invalid'; source: string };

export type AuditStatus = 'intact' | AuditFinding['kind'];

// Every PostgreSQL advisory lock key the product takes, in one place, so two features never pick the
// same number by chance. Values never change once landed: processes of two versions may run side by
// side during an upgrade and must still exclude each other.

export const LOCK_KEYS = {
  /** Whoever holds it migrates; the other processes wait, then find nothing to do. */
  migrations: 7_281_001,
  /** First start: only one process creates the first administrator. */
  firstAdmin: 7_281_003,
  /** Was the audit chains' advisory locks (base + chain 0–7); chains are locked by their audit_heads row since decision 0027. Kept reserved. */
  auditChainBase: 72_810_010,
  /** Creating a year's incident code sequence: one process at a time (decision 0027). */
  incidentCodeSequence: 7_281_004,
  /** Scheduled jobs: one run cluster-wide at a time. */
  jobOverdueTasks: 7_282_001,
  jobIncidentDeadlines: 7_282_002,
  jobReadinessReminders: 7_282_003,
  /** Retrains the classification suggester on the office's decisions (issue 14). */
  jobClassifierRetrain: 7_282_017,
  jobUnansweredIncidents: 7_282_013,
  jobPreparednessReminders: 7_282_014,
  jobNotificationDigest: 7_282_015,
  /** Requests to units: reminders before the deadline, overdue escalation (issue 11). */
  jobRequestReminders: 7_282_021,
  /** Monitoring: expiry of raw check results and old buckets. */
  jobMonitorRetention: 7_282_010,
  /** Alert intake: creating the daily partitions of `alerts`; dropping expired ones (retention job). */
  alertPartitions: 7_282_110,
  jobAlertRetention: 7_282_111,
  jobAlertFilingSweep: 7_282_112,
  /** Warnings (issue 11): reminders before the deadline, escalation after it. */
  jobWarningReminders: 7_282_120,
  /** The test heartbeat (UNGCUU_TEST_HEARTBEAT_MS): proves a job runs once per period across workers. */
  jobTestHeartbeat: 7_282_199,
} as const;

/** Two-key lock (class, 1) serialising writes of the system dependency graph (cycle check). */
export const SYSTEM_GRAPH_LOCK: readonly [number, number] = [728_101, 1];

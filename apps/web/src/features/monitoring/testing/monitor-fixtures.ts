import type { BaselineDiff, MonitorDetail, MonitorView } from '../monitoring-types.ts';

// Monitor views as the server answers them, for the component tests of the monitoring pages.

export const UNIT = '00000000-0000-4000-8000-000000000001';
export const MONITOR = '00000000-0000-4000-8000-0000000000b1';

export function monitorView(patch: Partial<MonitorView> = {}): MonitorView {
  return {
    id: MONITOR,
    unitId: UNIT,
    unitName: 'UBND phường Bạch Sam',
    systemId: null,
    systemName: null,
    name: 'Cổng TTĐT phường – giao diện',
    kind: 'defacement',
    target: 'https://bachsam.hungyen.gov.vn/',
    config: {},
    intervalSeconds: 300,
    timeoutMs: 15_000,
    failThreshold: 1,
    probesRequired: 0,
    enabled: true,
    status: 'up',
    consecutiveFailures: 0,
    lastCheckedAt: '2026-12-05T03:00:00.000Z',
    lastOk: true,
    lastResponseMs: 120,
    lastMessage: null,
    downSince: null,
    incidentId: null,
    nextRunAt: '2026-12-05T03:05:00.000Z',
    uptime: { h24: 0.9975, d30: 0.999, y1: null, avgResponseMs24h: 118 },
    version: 4,
    createdAt: '2026-12-01T03:00:00.000Z',
    allowedActions: ['monitor.manage'],
    ...patch,
  };
}

export function monitorDetail(patch: Partial<MonitorDetail> = {}): MonitorDetail {
  return {
    ...monitorView(),
    hourly: [],
    daily: [],
    recent: [
      {
        checkedAt: '2026-12-05T03:00:00.000Z',
        ok: false,
        responseMs: 95,
        message: 'changed: similarity 0.12; hacked_text:hacked by xteam',
        probeName: null,
      },
    ],
    lastDetail: null,
    baselineApprovedAt: '2026-12-01T03:00:00.000Z',
    ...patch,
  };
}

export function defacedDiff(patch: Partial<BaselineDiff> = {}): BaselineDiff {
  return {
    monitorId: MONITOR,
    kind: 'defacement',
    hasBaseline: true,
    changed: true,
    baselineApprovedAt: '2026-12-01T03:00:00.000Z',
    seenAt: '2026-12-05T03:00:00.000Z',
    similarity: 0.12,
    markers: [{ kind: 'hacked_text', detail: 'hacked by xteam' }],
    parts: [
      { op: 'removed', lines: ['cổng thông tin điện tử phường bạch sam'] },
      { op: 'added', lines: ['hacked by xteam'] },
      { op: 'skipped', lines: ['7'] },
    ],
    ...patch,
  };
}

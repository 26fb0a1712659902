import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { Route, Routes } from 'react-router';
import {
  fireEvent,
  renderWithApp,
  screen,
  stubFetch,
  testSession,
  waitFor,
  within,
} from '../../../test/render.tsx';
import type { AlertGroupView, AlertSourceView, AlertView } from '../alert-types.ts';
import { IncidentAlertsPanel } from '../components/incident-alerts-panel.tsx';
import { AlertGroupPage } from './alert-group-page.tsx';
import { AlertSourcesPage } from './alert-sources-page.tsx';
import { AlertsPage } from './alerts-page.tsx';
import { UnmappedPage } from './unmapped-page.tsx';

// The machine running the suite may be busy: give the DOM time before calling a wait failed.
const SLOW = { timeout: 20_000 };
let restore = () => {};
afterEach(() => restore());

const GROUP = '00000000-0000-4000-8000-0000000000d1';
const SOURCE = '00000000-0000-4000-8000-0000000000e1';
const INCIDENT = '00000000-0000-4000-8000-0000000000f1';

function group(patch: Partial<AlertGroupView> = {}): AlertGroupView {
  return {
    id: GROUP,
    sourceId: SOURCE,
    sourceName: 'Wazuh phường Bạch Sam',
    sourceKind: 'wazuh',
    fingerprint: 'a1b2c3d4e5f6a7b8c9d0',
    status: 'open',
    severity: 'high',
    ruleId: '5712',
    ruleName: 'sshd: brute force trying to get access to the system',
    category: 'authentication_failures',
    hostKey: 'web01',
    systemId: null,
    systemName: null,
    unitId: null,
    unitName: null,
    count: 37,
    suppressedCount: 0,
    firstSeen: '2026-12-05T02:00:00.000Z',
    lastSeen: '2026-12-05T03:00:00.000Z',
    incidentId: null,
    incidentCode: null,
    allowedActions: ['open_incident', 'close', 'suppress'],
    ...patch,
  };
}

function alertView(patch: Partial<AlertView> = {}): AlertView {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    receivedAt: '2026-12-05T03:00:00.000Z',
    occurredAt: '2026-12-05T03:00:00.000Z',
    sourceId: SOURCE,
    sourceName: 'Wazuh phường Bạch Sam',
    sourceKind: 'wazuh',
    externalId: null,
    fingerprint: 'a1b2c3d4e5f6a7b8c9d0',
    severity: 'high',
    status: 'accepted',
    ruleId: '5712',
    ruleName: 'sshd: brute force trying to get access to the system',
    category: null,
    host: 'web01',
    ip: '10.20.1.15',
    srcIp: '203.0.113.7',
    destIp: null,
    url: null,
    agent: 'web01',
    message: 'Failed password for root from 203.0.113.7 port 40022 ssh2',
    resolved: false,
    hostKey: 'web01',
    systemId: null,
    systemName: null,
    unitId: null,
    unitName: null,
    groupId: GROUP,
    ...patch,
  };
}

const gets = (calls: { method: string; path: string }[], prefix: string) =>
  calls.filter((c) => c.method === 'GET' && c.path.startsWith(prefix)).map((c) => c.path);

test('alerts page: groups with severity, count, asset and incident; the single-alert view asks for alerts', async () => {
  const mapped = group({
    id: '00000000-0000-4000-8000-0000000000d2',
    systemId: '00000000-0000-4000-8000-0000000000c2',
    systemName: 'Cổng TTĐT phường',
    unitName: 'UBND phường Bạch Sam',
    severity: 'critical',
    incidentId: INCIDENT,
    incidentCode: 'SC-2026-0042',
  });
  const stub = stubFetch({
    'GET /api/alert-groups': { items: [mapped, group()], total: 2 },
    'GET /api/alerts': { items: [alertView()], total: 1 },
    'GET /api/alert-sources': { items: [] },
  });
  restore = stub.restore;
  renderWithApp(<AlertsPage />, { session: testSession(['coordinator']) });
  const table = await screen.findByTestId('alert-groups-table', undefined, SLOW);
  const rows = within(table).getAllByRole('row').slice(1);
  assert.equal(rows.length, 2);
  const first = within(rows[0] as HTMLElement);
  assert.ok(first.getByText('Nghiêm trọng'));
  assert.equal(
    first.getByRole('link', { name: 'SC-2026-0042' }).getAttribute('href'),
    `/incidents/${INCIDENT}`,
  );
  assert.ok(first.getByText('Cổng TTĐT phường'));
  const second = within(rows[1] as HTMLElement);
  assert.equal(
    second.getByRole('link', { name: /brute force/ }).getAttribute('href'),
    `/alerts/groups/${GROUP}`,
  );
  assert.ok(second.getByText('37'));
  assert.ok(second.getByText('web01'));
  assert.ok(second.getByText('Chưa gắn hệ thống'));
  assert.deepEqual(gets(stub.calls, '/api/alert-groups'), ['/api/alert-groups?limit=50&offset=0']);
  assert.equal(gets(stub.calls, '/api/alerts?').length, 0, 'the hidden view asks for nothing');

  fireEvent.click(screen.getByText('Từng cảnh báo'));
  await screen.findByTestId('alerts-table', undefined, SLOW);
  await screen.findByText('Failed password for root from 203.0.113.7 port 40022 ssh2', undefined, SLOW);
  fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2026-12-05' } });
  await waitFor(
    () =>
      assert.ok(
        gets(stub.calls, '/api/alerts?').some((p) => p.includes('from=2026-12-04T17%3A00%3A00.000Z')),
        'a day starts at midnight in Vietnam',
      ),
    SLOW,
  );
});

function renderGroup(view: AlertGroupView, roles: Parameters<typeof testSession>[0] = ['coordinator']) {
  const stub = stubFetch({
    [`GET /api/alert-groups/${GROUP}`]: { ...view, alerts: [alertView()] },
    [`POST /api/alert-groups/${GROUP}/incident`]: {
      ...view,
      incidentId: INCIDENT,
      incidentCode: 'SC-2026-0043',
    },
  });
  restore = stub.restore;
  renderWithApp(
    <Routes>
      <Route path="/alerts/groups/:id" element={<AlertGroupPage />} />
    </Routes>,
    { session: testSession(roles), path: `/alerts/groups/${GROUP}` },
  );
  return stub;
}

test('group page: counts, latest alerts, and an incident opened from them', async () => {
  const stub = renderGroup(group());
  await screen.findByRole('heading', { name: /brute force/ }, SLOW);
  assert.equal(screen.getAllByTestId('alert-group-count')[0]?.textContent, '37');
  assert.equal(screen.getAllByTestId('group-alert').length, 1);
  fireEvent.click(screen.getByRole('button', { name: 'Mở sự cố từ các cảnh báo này' }));
  await screen.findByText('Đã mở sự cố SC-2026-0043.', undefined, SLOW);
  assert.ok(stub.calls.some((c) => c.method === 'POST' && c.path === `/api/alert-groups/${GROUP}/incident`));
});

test('group page: without the allowed actions (or with an incident already) there is nothing to press', async () => {
  renderGroup(group({ allowedActions: [], incidentId: INCIDENT, incidentCode: 'SC-2026-0042' }), ['viewer']);
  await screen.findByRole('link', { name: 'SC-2026-0042' }, SLOW);
  assert.equal(screen.queryByRole('button', { name: 'Mở sự cố từ các cảnh báo này' }), null);
  assert.equal(screen.queryByRole('button', { name: 'Đóng nhóm' }), null);
});

test('sources: a new source gets a token of scope alerts.write; the URL and the secret are shown once', async () => {
  const source: AlertSourceView = {
    id: SOURCE,
    kind: 'wazuh',
    name: 'Wazuh phường',
    tokenId: '00000000-0000-4000-8000-0000000000b9',
    tokenName: 'Wazuh phường (wazuh)',
    unitId: '00000000-0000-4000-8000-000000000001',
    unitName: 'Phòng VHKHTT',
    fingerprintFields: ['ruleId', 'agent', 'ip'],
    ratePerMinute: 60_000,
    enabled: true,
    received: 0,
    refused: 0,
    lastReceivedAt: null,
    createdAt: '2026-12-05T03:00:00.000Z',
    webhookPath: '/api/alerts/wazuh',
  };
  const stub = stubFetch({
    'GET /api/alert-sources': { items: [] },
    'POST /api/tokens': { token: { id: source.tokenId }, secret: 'ungcuu_secret_123' },
    'POST /api/alert-sources': source,
  });
  restore = stub.restore;
  renderWithApp(<AlertSourcesPage />, { session: testSession(['coordinator']) });
  await screen.findByText('Chưa có nguồn cảnh báo nào.', undefined, SLOW);
  fireEvent.click(screen.getByRole('button', { name: 'Thêm nguồn' }));
  fireEvent.change(await screen.findByRole('textbox', { name: /Tên nguồn/ }, SLOW), {
    target: { value: 'Wazuh phường' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
  await screen.findByTestId('source-created', undefined, SLOW);
  assert.match(screen.getByTestId('source-url').textContent ?? '', /\/api\/alerts\/wazuh$/);
  assert.equal(screen.getByTestId('source-secret').textContent, 'ungcuu_secret_123');
  const posts = stub.calls.filter((c) => c.method === 'POST');
  assert.deepEqual(posts[0]?.body, { name: 'Wazuh phường (wazuh)', scopes: ['alerts.write'] });
  assert.deepEqual(posts[1]?.body, { kind: 'wazuh', name: 'Wazuh phường', tokenId: source.tokenId });
});

test('unmapped sources: listed with their kind and count; a viewer cannot map them', async () => {
  restore = stubFetch({
    'GET /api/alert-unmapped': {
      items: [
        {
          value: 'web01',
          kind: 'host',
          count: 12,
          firstSeen: '2026-12-05T02:00:00.000Z',
          lastSeen: '2026-12-05T03:00:00.000Z',
          lastSourceName: 'Wazuh phường',
        },
      ],
      total: 1,
    },
  }).restore;
  renderWithApp(<UnmappedPage />, { session: testSession(['viewer']) });
  const table = await screen.findByTestId('unmapped-table', undefined, SLOW);
  assert.ok(within(table).getByText('web01'));
  assert.ok(within(table).getByText('Tên máy'));
  assert.equal(screen.queryByRole('button', { name: 'Gắn vào hệ thống' }), null);
});

test('incident page panel: the groups and alerts behind an incident, nothing when there are none', async () => {
  const stub = stubFetch({
    [`GET /api/incidents/${INCIDENT}/alerts`]: {
      groups: [group()],
      items: [alertView()],
      total: 37,
      limit: 20,
      offset: 0,
    },
  });
  restore = stub.restore;
  renderWithApp(<IncidentAlertsPanel incidentId={INCIDENT} />, { session: testSession(['coordinator']) });
  await screen.findByRole('heading', { name: 'Cảnh báo liên quan' }, SLOW);
  assert.ok(screen.getByText('1 nhóm, 37 cảnh báo'));
  assert.equal(
    screen.getByRole('link', { name: /brute force/ }).getAttribute('href'),
    `/alerts/groups/${GROUP}`,
  );
  stub.restore();

  restore = stubFetch({
    [`GET /api/incidents/${INCIDENT}/alerts`]: { groups: [], items: [], total: 0, limit: 20, offset: 0 },
  }).restore;
  const { container } = renderWithApp(<IncidentAlertsPanel incidentId={INCIDENT} />);
  await waitFor(() => assert.equal(container.querySelector('[data-testid="incident-alerts"]'), null), SLOW);
});

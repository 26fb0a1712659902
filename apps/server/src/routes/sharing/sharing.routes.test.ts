import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type IncidentView, incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Threat sharing (issue 11): MISP/STIX export of an incident, import of indicators (all or
// nothing), the incident's TLP, the per-TLP feeds read with a feed.read token.

const world = incidentTestWorld();
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../packages/domain/src/sharing/testdata/${name}`, import.meta.url));
// A fixed boundary: the endpoint kit asks for the body and the headers separately.
const BOUNDARY = '----ungcuu-sharing-test';
const upload = (name: string | Buffer) => ({
  body: Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="event.json"\r\nContent-Type: application/json\r\n\r\n`,
    ),
    typeof name === 'string' ? fixture(name) : name,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]),
  headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
});

async function observables(incidentId: string) {
  return world.ctx.db
    .selectFrom('incident_observables')
    .select(['kind', 'normalized', 'source'])
    .where('incident_id', '=', incidentId)
    .orderBy('kind')
    .orderBy('normalized')
    .execute();
}

async function feedToken(scopes = ['feed.read']) {
  const res = await world.ctx.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: world.coordinator.headers,
    payload: { name: `Nguồn cấp ${scopes.join('+')}`, scopes },
  });
  assert.equal(res.statusCode, 201, res.body);
  return { authorization: `Bearer ${res.json().secret as string}` };
}

{
  let incident: IncidentView;
  for (const format of ['misp', 'stix'] as const) {
    world.endpoint(`GET /api/incidents/:id/export.${format}.json`, {
      method: 'GET',
      url: () => `/api/incidents/${incident.id}/export.${format}.json`,
      as: () => world.officerA,
      setup: async () => {
        incident ??= await world.report(world.officerA, {
          description:
            'Máy chủ gọi ra 203.0.113.9 và evil-cdn.example, tải về hxxp://evil-cdn[.]example/a.exe',
        });
      },
      bad: [{ why: 'on an id that is not a UUID', url: () => `/api/incidents/x/export.${format}.json` }],
      forbidden: [
        {
          why: 'a body it was escalated to without the indicators shared',
          as: () => world.externalUser,
          arrange: async () => {
            await world.ok(world.coordinator, 'POST', `/api/incidents/${incident.id}/escalations`, {
              toUnitId: world.external.id,
              channel: 'portal',
              summary: 'Đề nghị hỗ trợ',
              share: { description: true },
            });
          },
        },
      ],
      notFound: [
        { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/export.${format}.json` },
        { why: "for another commune's incident", as: () => world.officerB },
      ],
      success: {
        status: 200,
        why: 'the indicators as a downloaded file, the download audited',
        check: async (res) => {
          assert.match(String(res.headers['content-disposition']), /attachment; filename=".*\.json"/);
          const doc = res.json();
          if (format === 'misp') {
            assert.deepEqual(doc.Event.Tag, [{ name: 'tlp:amber' }]);
            assert.ok(doc.Event.Attribute.some((a: { value: string }) => a.value === '203.0.113.9'));
          } else {
            assert.equal(doc.type, 'bundle');
            const patterns = doc.objects
              .filter((o: { type: string }) => o.type === 'indicator')
              .map((o: { pattern: string }) => o.pattern);
            assert.ok(patterns.includes("[ipv4-addr:value = '203.0.113.9']"));
            // The same incident exports the same ids.
            const again = await world.ok(
              world.officerA,
              'GET',
              `/api/incidents/${incident.id}/export.stix.json`,
            );
            assert.deepEqual(
              again.objects.map((o: { id: string }) => o.id),
              doc.objects.map((o: { id: string }) => o.id),
            );
          }
          const audits = await world.audits(incident.id);
          assert.ok(
            audits.some(
              (a) =>
                a.action === 'incident.share_export' && (a.after as { format: string }).format === format,
            ),
          );
        },
      },
    });
  }
}

{
  let incident: IncidentView;
  world.endpoint('POST /api/incidents/:id/import-indicators', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/import-indicators`,
    payload: () => upload('misp-event.json').body,
    headers: () => upload('misp-event.json').headers,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA, { description: 'Thư lạ gửi tới kế toán.' });
    },
    bad: [
      { why: 'on an id that is not a UUID', url: () => '/api/incidents/x/import-indicators' },
      {
        why: 'a document of neither format',
        payload: () => upload(Buffer.from('{"hello": "world"}')).body,
        headers: () => upload(Buffer.from('{"hello": "world"}')).headers,
        code: 'sharing.unknown_format',
      },
      {
        why: 'attributes of the wrong type',
        payload: () => upload('misp-wrong-types.json').body,
        headers: () => upload('misp-wrong-types.json').headers,
        code: 'sharing.invalid',
      },
      {
        why: 'a document nested ten thousand levels deep',
        payload: () =>
          upload(Buffer.from(`{"type":"bundle","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`)).body,
        headers: () => upload(Buffer.from('x')).headers,
        code: 'sharing.too_deep',
      },
      {
        why: 'one broken indicator among good ones: nothing is imported',
        payload: () => upload('misp-bad-value.json').body,
        headers: () => upload('misp-bad-value.json').headers,
        code: 'sharing.bad_value',
        expect: () => {},
      },
    ],
    forbidden: [{ why: 'a viewer of the commune', as: () => world.viewerA }],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/import-indicators` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    conflicts: [
      {
        why: 'a bundle with only unknown object types',
        payload: () => upload('stix-unknown-only.json').body,
        headers: () => upload('stix-unknown-only.json').headers,
        status: 422,
        code: 'sharing.nothing_to_import',
      },
    ],
    success: {
      status: 200,
      why: 'the indicators added, the stricter TLP kept, timeline and audit written',
      check: async (res) => {
        const body = res.json();
        assert.equal(body.format, 'misp');
        assert.equal(body.found, 9);
        assert.equal(body.added, 9);
        assert.equal(body.tlp, 'amber');
        const rows = await observables(incident.id);
        assert.ok(
          rows.some((r) => r.kind === 'ip' && r.normalized === '203.0.113.45' && r.source === 'imported'),
        );
        // Nothing of the refused documents got in (good.example was beside a broken value).
        assert.ok(!rows.some((r) => r.normalized === 'good.example'));
        assert.ok((await world.timeline(incident.id)).some((t) => t.event === 'indicators_imported'));
        assert.ok((await world.auditActions(incident.id)).includes('incident.indicators_import'));
        // A RED bundle raises the marking; importing again adds nothing new.
        const red = Buffer.from(
          JSON.stringify({
            Event: {
              info: 'x',
              Tag: [{ name: 'tlp:red' }],
              Attribute: [{ type: 'ip-dst', value: '203.0.113.45' }],
            },
          }),
        );
        const again = await world.ctx.inject({
          method: 'POST',
          url: `/api/incidents/${incident.id}/import-indicators`,
          headers: { ...world.officerA.headers, ...upload(red).headers },
          payload: upload(red).body,
        });
        assert.equal(again.statusCode, 200, again.body);
        assert.equal(again.json().added, 0);
        assert.equal(again.json().tlpRaised, true);
        assert.equal((await world.incidentRow(incident.id)).tlp, 'red');
      },
    },
  });
}

{
  let incident: IncidentView;
  world.endpoint('PUT /api/incidents/:id/tlp', {
    method: 'PUT',
    url: () => `/api/incidents/${incident.id}/tlp`,
    payload: () => ({ tlp: 'green' }),
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
    },
    bad: [
      { why: 'an unknown marking', payload: () => ({ tlp: 'purple' }) },
      { why: 'on an id that is not a UUID', url: () => '/api/incidents/x/tlp' },
    ],
    forbidden: [{ why: 'the commune loosening the marking (AMBER → GREEN)', as: () => world.officerA }],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/tlp` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'the focal office loosens it; the commune may still raise it',
      check: async (res) => {
        assert.deepEqual(res.json(), { tlp: 'green' });
        assert.equal((await world.incidentRow(incident.id)).tlp, 'green');
        await world.ok(world.officerA, 'PUT', `/api/incidents/${incident.id}/tlp`, { tlp: 'red' }, 200);
        const detail = await world.ok(world.officerA, 'GET', `/api/incidents/${incident.id}`);
        assert.equal(detail.tlp ?? detail.incident?.tlp, 'red');
        assert.ok((await world.auditActions(incident.id)).includes('incident.tlp_change'));
      },
    },
  });
}

describe('GET /api/feeds/:tlp/{misp,stix}', () => {
  const marked: Record<string, IncidentView> = {};
  test('set-up: incidents marked CLEAR, GREEN, AMBER, RED and a confidential GREEN one', async () => {
    for (const tlp of ['clear', 'green', 'amber', 'red', 'confidential'] as const) {
      const ip = {
        clear: '198.51.100.1',
        green: '198.51.100.2',
        amber: '198.51.100.3',
        red: '198.51.100.4',
        confidential: '198.51.100.5',
      }[tlp];
      marked[tlp] = await world.report(world.officerA, { description: `Kết nối tới ${ip}` });
      if (tlp === 'confidential') {
        await world.ok(
          world.coordinator,
          'PATCH',
          `/api/incidents/${marked[tlp]!.id}`,
          { keepConfidential: true },
          200,
        );
      }
      await world.ok(
        world.coordinator,
        'PUT',
        `/api/incidents/${marked[tlp]!.id}/tlp`,
        { tlp: tlp === 'confidential' ? 'green' : tlp },
        200,
      );
    }
  });
  test('401 without a credential', async () => {
    assert.equal((await world.call(null, 'GET', '/api/feeds/green/misp')).statusCode, 401);
  });
  test('400 for RED or an unknown level', async () => {
    const headers = await feedToken();
    for (const level of ['red', 'amber+strict', 'white']) {
      const res = await world.ctx.inject({
        method: 'GET',
        url: `/api/feeds/${encodeURIComponent(level)}/stix`,
        headers,
      });
      assert.equal(res.statusCode, 400, `${level}: ${res.body}`);
    }
  });
  test('403 for a read token (feeds need feed.read), for a commune officer, and a feed token elsewhere', async () => {
    const read = await feedToken(['read']);
    assert.equal(
      (await world.ctx.inject({ method: 'GET', url: '/api/feeds/green/misp', headers: read })).statusCode,
      403,
    );
    assert.equal((await world.call(world.officerA, 'GET', '/api/feeds/green/misp')).statusCode, 403);
    const feed = await feedToken();
    assert.equal(
      (await world.ctx.inject({ method: 'GET', url: '/api/incidents', headers: feed })).statusCode,
      403,
    );
  });
  test('200: GREEN carries CLEAR and GREEN, never AMBER, RED or a confidential incident; audited', async () => {
    const headers = await feedToken();
    const res = await world.ctx.inject({ method: 'GET', url: '/api/feeds/green/misp', headers });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    const values = body.events.flatMap((e: { Event: { Attribute: { value: string }[] } }) =>
      e.Event.Attribute.map((a) => a.value),
    );
    assert.ok(values.includes('198.51.100.1') && values.includes('198.51.100.2'));
    for (const hidden of ['198.51.100.3', '198.51.100.4', '198.51.100.5'])
      assert.ok(!values.includes(hidden), hidden);
    assert.equal(Object.keys(body.manifest).length, body.events.length);
    const stix = await world.ctx.inject({ method: 'GET', url: '/api/feeds/amber/stix?limit=1', headers });
    assert.equal(stix.statusCode, 200, stix.body);
    const envelope = stix.json();
    assert.equal(envelope.more, true);
    assert.equal(envelope.next, '1');
    const patterns = JSON.stringify(envelope.objects);
    assert.ok(!patterns.includes('198.51.100.4'));
    const reads = await world.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'feed.read')
      .execute();
    assert.ok(reads.length >= 2);
  });
});

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type IncidentView, incidentTestWorld } from '../incidents.testkit.ts';
import { expectError } from '../systems.testkit.ts';

// Incident search (issue 13, decision 0031): what a search finds, and the count that stops at
// 1,000 ("Hơn 1.000") with pages that follow on from each other.

const world = incidentTestWorld();
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('incident search', () => {
  let website: IncidentView;
  let outage: IncidentView;
  let phishing: IncidentView;
  before(async () => {
    website = await world.report(world.officerA, {
      title: 'Cổng thông tin phường bị tấn công, website bị thay đổi giao diện',
      description: 'Máy chủ 10.20.30.40 gửi dữ liệu tới evil-cdn.example.com; nghi mã độc.',
    });
    outage = await world.report(world.officerA, {
      title: 'Mất điện toàn bộ phòng máy chủ',
      description: 'Nguồn điện lưới bị cắt từ 7 giờ sáng.',
    });
    phishing = await world.report(world.officerB, {
      title: 'Thư giả mạo email của Sở',
      description: 'Cán bộ nhận thư lừa đảo yêu cầu đổi mật khẩu.',
    });
  });

  test('401 without a session, 400 for a search longer than 200 characters', async () => {
    expectError(await world.call(null, 'GET', '/api/incidents?q=tan%20cong'), 401, 'auth.required');
    const res = await world.call(world.coordinator, 'GET', `/api/incidents?q=${'a'.repeat(201)}`);
    assert.equal(res.statusCode, 400);
  });

  test('without accents, with accents, with Telex keystrokes: the same incidents', async () => {
    for (const q of ['tan cong', 'tấn công', 'TẤN CÔNG', 'website bi thay doi', 'mã độc', 'ma doc']) {
      const page = await world.ok(world.coordinator, 'GET', `/api/incidents?q=${encodeURIComponent(q)}`);
      assert.deepEqual(ids(page), [website.id], q);
    }
    const slip = await world.ok(world.coordinator, 'GET', '/api/incidents?q=ddieenj');
    assert.ok(ids(slip).includes(outage.id));
    for (const q of ['mat dien', 'mất điện', 'maats ddieenj']) {
      const page = await world.ok(world.coordinator, 'GET', `/api/incidents?q=${encodeURIComponent(q)}`);
      assert.deepEqual(ids(page), [outage.id], q);
    }
    const email = await world.ok(
      world.coordinator,
      'GET',
      `/api/incidents?q=${encodeURIComponent('giả mạo email')}`,
    );
    assert.deepEqual(ids(email), [phishing.id]);
    assert.equal(email.total, 1);
    assert.equal(email.totalCapped, false);
  });

  test('the last word also matches as a prefix; earlier words match whole words', async () => {
    const typing = await world.ok(world.coordinator, 'GET', '/api/incidents?q=tan%20cong%20webs');
    assert.deepEqual(ids(typing), [website.id]);
    const partialFirst = await world.ok(world.coordinator, 'GET', '/api/incidents?q=webs%20tan');
    assert.deepEqual(ids(partialFirst), []);
  });

  test('codes and indicators: an incident by its code, an address, a domain', async () => {
    for (const q of [
      website.code,
      website.code.toLowerCase(),
      '10.20.30.40',
      '10.20.30',
      'evil-cdn.example.com',
    ]) {
      const page = await world.ok(world.coordinator, 'GET', `/api/incidents?q=${encodeURIComponent(q)}`);
      assert.deepEqual(ids(page), [website.id], q);
    }
  });

  test("an officer's search stays within their unit", async () => {
    const own = await world.ok(world.officerA, 'GET', `/api/incidents?q=${encodeURIComponent('giả mạo')}`);
    assert.deepEqual(ids(own), []);
    const other = await world.ok(world.officerB, 'GET', `/api/incidents?q=${encodeURIComponent('giả mạo')}`);
    assert.deepEqual(ids(other), [phishing.id]);
    const code = await world.ok(world.officerB, 'GET', `/api/incidents?q=${website.code}`);
    assert.deepEqual(ids(code), []);
  });

  test('past 1,000 matches the total says "more than 1,000"; pages follow on in order', async () => {
    // 1,100 copies of the outage report in commune A, one minute apart.
    await sql`
      insert into incidents (code, title, description, detected_at, reported_at, reporting_unit_id, channel,
                             triggers, tier, serious, severity, regime_id, state, unit_ids, updated_at)
      select 'SC-1999-' || lpad(g::text, 5, '0'), 'Mất điện lần ' || g, description,
             detected_at - (g || ' minutes')::interval, reported_at, reporting_unit_id, channel, triggers, tier,
             serious, severity, regime_id, state, unit_ids, now()
      from incidents, generate_series(1, 1100) g where id = ${outage.id}`.execute(world.ctx.db);
    for (const url of ['/api/incidents?q=mat%20dien', '/api/incidents?state=new', '/api/incidents']) {
      const first = await world.ok(world.officerA, 'GET', url);
      assert.equal(first.total, 1000, url);
      assert.equal(first.totalCapped, true, url);
      const second = await world.ok(world.officerA, 'GET', `${url}${url.includes('?') ? '&' : '?'}offset=25`);
      assert.equal(second.items.length, 25);
      assert.equal(new Set([...ids(first), ...ids(second)]).size, 50, url);
      const times = [...first.items, ...second.items].map((i: { detectedAt: string }) => i.detectedAt);
      assert.deepEqual(times, [...times].sort().reverse(), url);
    }
    const few = await world.ok(world.officerA, 'GET', '/api/incidents?q=tan%20cong');
    assert.equal(few.total, 1);
    assert.equal(few.totalCapped, false);
    const none = await world.ok(world.officerB, 'GET', '/api/incidents?q=mat%20dien');
    assert.equal(none.total, 0);
  });
});

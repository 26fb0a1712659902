import { TestContext } from '../testing/test-app.ts';
const ctx = await TestContext.create();
const admin = await ctx.user(['admin']);
const unit = await ctx.unit();
const body = { name: 'Cổng thông tin điện tử', kind: 'portal', ownerUnitId: unit.id, operatingUnitId: unit.id, securityLevel: 2,
  levelApproval: { status: 'draft', decisionRef: null, decisionDate: null }, nationalCritical: false, dataSensitivity: 'public',
  hosting: { kind: 'cloud' }, providers: {}, addresses: [{ kind: 'domain', value: 'myhao.hungyen.gov.vn' }], software: [], backup: { status: 'regular', lastRestoreTestAt: '2026-10-01' }, contacts: [] };
let r = await ctx.inject({ method: 'POST', url: '/api/systems', headers: admin.headers, payload: body });
console.log(r.statusCode, r.body);
const a = r.json();
r = await ctx.inject({ method: 'POST', url: '/api/systems', headers: admin.headers, payload: { ...body, name: 'CSDL' } });
const b = r.json();
r = await ctx.inject({ method: 'POST', url: `/api/systems/${b.id}/dependencies`, headers: admin.headers, payload: { dependsOnId: a.id } });
console.log(r.statusCode, r.body);
r = await ctx.inject({ method: 'POST', url: `/api/systems/${a.id}/dependencies`, headers: admin.headers, payload: { dependsOnId: b.id } });
console.log(r.statusCode, r.body);
r = await ctx.inject({ method: 'GET', url: `/api/systems/${a.id}/at-risk`, headers: admin.headers });
console.log(r.statusCode, r.body);
r = await ctx.inject({ method: 'GET', url: `/api/systems?q=cong%20thong&level=2`, headers: admin.headers });
console.log(r.statusCode, r.body.slice(0, 300));
r = await ctx.inject({ method: 'GET', url: `/api/systems/export?format=csv`, headers: admin.headers });
console.log(r.statusCode, r.headers, r.body);
await ctx.close();
{
const ctx = await TestContext.create();
const admin = await ctx.user(['admin']);
const unit = await ctx.unit();
const body = { name: 'Cổng', kind: 'portal', ownerUnitId: unit.id, operatingUnitId: unit.id, securityLevel: 3,
  levelApproval: { status: 'draft', decisionRef: null, decisionDate: null }, nationalCritical: false, dataSensitivity: 'public',
  hosting: { kind: 'cloud' }, providers: {}, addresses: [], software: [], backup: { status: 'regular', lastRestoreTestAt: null }, contacts: [] };
let r = await ctx.inject({ method: 'POST', url: '/api/systems', headers: admin.headers, payload: body });
const s = r.json();
r = await ctx.inject({ method: 'GET', url: `/api/systems/${s.id}/assessment`, headers: admin.headers });
console.log(r.statusCode, r.body.slice(0, 600));
const ans = r.json().answers;
r = await ctx.inject({ method: 'PUT', url: `/api/systems/${s.id}/assessment`, headers: admin.headers, payload: { answers: { ...ans, 'threats.recent_incidents': 2, 'current.known_weaknesses': '' } } });
console.log(r.statusCode, r.body.slice(0, 400));
r = await ctx.inject({ method: 'POST', url: `/api/systems/${s.id}/assessment/accept-risks`, headers: admin.headers, payload: {} });
console.log(r.statusCode, r.json().created);
const risk = r.json().items[0];
r = await ctx.inject({ method: 'PATCH', url: `/api/risks/${risk.id}`, headers: admin.headers, payload: { likelihood: 5, dueDate: '2027-01-31' } });
console.log(r.statusCode, r.body.slice(0, 400));
r = await ctx.inject({ method: 'GET', url: `/api/risks/${risk.id}`, headers: admin.headers });
console.log(r.statusCode, JSON.stringify(r.json().history));
r = await ctx.inject({ method: 'GET', url: `/api/risks/heat-map`, headers: admin.headers });
console.log(r.statusCode, r.body);
await ctx.close();
}

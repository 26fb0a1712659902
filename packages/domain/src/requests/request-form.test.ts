import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validationIssues } from '../validation.ts';
import {
  answerIssues,
  complianceOf,
  formIssues,
  numberTotals,
  REQUEST_TEMPLATES,
  type RequestField,
  RequestFieldSchema,
  templateFields,
} from './request-form.ts';

const fields: RequestField[] = [
  { key: 'scanned', label: 'Quét', type: 'number', required: true, min: 0, max: 10_000 },
  { key: 'ok', label: 'Xong', type: 'yes_no', required: true },
  { key: 'on', label: 'Ngày', type: 'date', required: false },
  { key: 'pick', label: 'Chọn', type: 'choice', required: false, options: ['A', 'B'] },
  { key: 'note', label: 'Ghi chú', type: 'text', required: false, max: 5 },
];

test('answers: drafts may be partial, submissions must be whole; kinds and ranges always hold', () => {
  assert.deepEqual(answerIssues(fields, { scanned: 3 }, 'draft'), []);
  assert.deepEqual(answerIssues(fields, { scanned: 3 }, 'submit'), [{ field: 'ok', problem: 'required' }]);
  assert.deepEqual(
    answerIssues(fields, { scanned: 3, ok: false, on: '2026-06-30', pick: 'B', note: 'abc' }, 'submit'),
    [],
  );
  const wrong = answerIssues(
    fields,
    { scanned: -1, ok: 'yes', on: '30/06/2026', pick: 'C', note: 'quá dài', x: 1 },
    'draft',
  );
  assert.deepEqual(wrong.map((i) => `${i.field}:${i.problem}`).sort(), [
    'note:max',
    'ok:type',
    'on:type',
    'pick:option',
    'scanned:min',
    'x:unknown',
  ]);
  assert.deepEqual(answerIssues(fields, { scanned: 10_001 }, 'draft'), [
    { field: 'scanned', problem: 'max' },
  ]);
});

test('forms: unique keys, sound bounds, choices with options', () => {
  assert.deepEqual(formIssues(fields), []);
  assert.deepEqual(
    formIssues([
      fields[0]!,
      { ...fields[0]!, min: 5, max: 1 },
      { key: 'c', label: 'c', type: 'choice', required: true },
    ]).map((i) => i.problem),
    ['duplicate', 'bounds', 'options'],
  );
});

test('totals add the submitted numbers per field; compliance by deadline day', () => {
  const totals = numberTotals(fields, [{ scanned: 40 }, { scanned: 25 }, {}]);
  assert.deepEqual(totals, [{ key: 'scanned', label: 'Quét', total: 65, answered: 2 }]);
  assert.equal(complianceOf('submitted', '2026-06-30', '2026-07-05'), 'answered');
  assert.equal(complianceOf('draft', '2026-06-30', '2026-06-30'), 'open');
  assert.equal(complianceOf('pending', '2026-06-30', '2026-07-01'), 'overdue');
});

test('the three built-in templates are valid forms in both languages', () => {
  assert.deepEqual(
    REQUEST_TEMPLATES.map((t) => t.code),
    ['scan_campaign', 'focal_points', 'systems_update'],
  );
  for (const template of REQUEST_TEMPLATES) {
    for (const locale of ['vi', 'en'] as const) {
      const form = templateFields(template, locale);
      assert.deepEqual(formIssues(form), []);
      for (const f of form)
        assert.deepEqual(validationIssues(RequestFieldSchema, f), [], `${template.code}.${f.key}`);
    }
  }
});

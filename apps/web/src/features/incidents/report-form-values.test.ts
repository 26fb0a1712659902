import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toLocalInput } from './datetime.ts';
import {
  initialReportValues,
  toIncidentReport,
  toPublicReport,
  validateReport,
} from './report-form-values.ts';

const NOW = new Date('2026-12-05T03:00:00Z');
const base = () => ({ ...initialReportValues(undefined, NOW), title: 'Sự cố mã hóa' });

test('a detection time more than five minutes ahead is refused; a little clock drift is not', () => {
  const at = (ms: number) => ({ ...base(), detectedAt: toLocalInput(new Date(NOW.getTime() + ms)) });
  assert.equal(validateReport(at(2 * 60_000), 'signed-in', NOW.getTime()).detectedAt, undefined);
  assert.equal(
    validateReport(at(10 * 60_000), 'signed-in', NOW.getTime()).detectedAt,
    'report.detectedInFuture',
  );
  assert.equal(
    validateReport(at(10 * 60_000), 'public', NOW.getTime()).detectedAt,
    'publicReport.detectedInFuture',
  );
  assert.equal(
    validateReport({ ...base(), detectedAt: '' }, 'public', NOW.getTime()).detectedAt,
    'errors.required',
  );
});

test('the public form asks more than the signed-in one', () => {
  assert.deepEqual(validateReport(base(), 'signed-in', NOW.getTime()), {});
  assert.deepEqual(validateReport(base(), 'public', NOW.getTime()), {
    description: 'publicReport.descriptionTooShort',
    contactName: 'publicReport.nameTooShort',
  });
  const bad = { ...base(), contactPhone: 'abc', contactEmail: 'not-an-email' };
  assert.deepEqual(validateReport(bad, 'signed-in', NOW.getTime()), {
    contactPhone: 'errors.phone',
    contactEmail: 'errors.email',
  });
});

test('a system from the inventory replaces the free-text one', () => {
  const v = { ...base(), systemId: 'sys-1', systemText: 'typed before choosing' };
  const report = toIncidentReport(v);
  assert.equal(report.systemId, 'sys-1');
  assert.equal('systemText' in report, false);
  assert.equal(
    toIncidentReport({ ...base(), systemText: ' Cổng dịch vụ công ' }).systemText,
    'Cổng dịch vụ công',
  );
});

test('a public report leaves out blank contact details and keeps the honeypot as typed', () => {
  const report = toPublicReport(
    { ...base(), contactName: ' An ', contactEmail: '  ', website: 'spam' },
    null,
  );
  assert.equal(report.reporterName, 'An');
  assert.equal('reporterEmail' in report, false);
  assert.equal('unitCode' in report, false);
  assert.equal(report.website, 'spam');
});

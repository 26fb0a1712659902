import type { Executor } from '../shared/context.ts';
import { notify } from './notify.ts';

// Budget notices (seed IV.3): finance hears of lines to approve, the submitter of the decision.

function money(amount: string | number | bigint): string {
  return `${BigInt(amount).toLocaleString('vi-VN')} đ`;
}

export async function noticeBudgetLine(
  db: Executor,
  actor: { userId: string },
  action: string,
  lineId: string,
  now: Date,
): Promise<void> {
  if (!['budget.submitted', 'budget.approved', 'budget.rejected'].includes(action)) return;
  const line = await db
    .selectFrom('budget_lines')
    .select(['id', 'title', 'amount', 'fiscal_year', 'decision_note'])
    .where('id', '=', lineId)
    .executeTakeFirst();
  if (!line) return;
  const link = `/budget?line=${line.id}`;
  if (action === 'budget.submitted') {
    await notify(
      db,
      {
        kind: 'budget_to_approve',
        to: [{ role: 'finance' }],
        link,
        exceptUserId: actor.userId,
        title: {
          vi: `Khoản kinh phí chờ phê duyệt (${line.fiscal_year}): ${line.title} — ${money(line.amount)}`,
          en: `Budget line to approve (${line.fiscal_year}): ${line.title} — ${money(line.amount)}`,
        },
      },
      now,
    );
    return;
  }
  // The submitter is whoever last submitted it (the audit trail of the line says who).
  const submitted = await db
    .selectFrom('audit_log as a')
    .innerJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(['u.id', 'u.unit_id'])
    .where('a.entity_type', '=', 'budget_line')
    .where('a.entity_id', '=', lineId)
    .where('a.action', '=', 'budget.submitted')
    .orderBy('a.at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!submitted) return;
  const approved = action === 'budget.approved';
  await notify(
    db,
    {
      kind: 'budget_decided',
      to: [{ user: { id: submitted.id, unitId: submitted.unit_id } }],
      link,
      exceptUserId: actor.userId,
      title: approved
        ? { vi: `Khoản kinh phí đã được phê duyệt: ${line.title}`, en: `Budget line approved: ${line.title}` }
        : { vi: `Khoản kinh phí bị từ chối: ${line.title}`, en: `Budget line rejected: ${line.title}` },
      body: line.decision_note ? { vi: line.decision_note, en: line.decision_note } : null,
    },
    now,
  );
}

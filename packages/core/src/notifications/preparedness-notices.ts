import type { Executor } from '../shared/context.ts';
import { notify } from './notify.ts';

// Budget notices (seed IV.3, docs/decisions/0026): each step tells the next person. Submitted →
// the finance office appraises; appraised → the leadership decides; decided → the submitter and
// the appraiser hear the outcome.

function money(amount: string | number | bigint): string {
  return `${BigInt(amount).toLocaleString('vi-VN')} đ`;
}

export interface BudgetNoticeLine {
  id: string;
  title: string;
  amount: string | number;
  fiscal_year: number;
  appraisal_note: string | null;
  appraised_amount: string | number | null;
  appraised_by: string | null;
  approved_amount: string | number | null;
  decision_note: string | null;
}

export interface BudgetNoticeTarget {
  submitter: { id: string; unitId: string } | null;
  appraiser: { id: string; unitId: string } | null;
}

export async function noticeBudgetLine(
  db: Executor,
  actor: { userId: string },
  action: string,
  line: BudgetNoticeLine,
  targets: BudgetNoticeTarget,
  now: Date,
): Promise<void> {
  const link = `/budget/lines/${line.id}`;
  if (action === 'budget.submitted') {
    await notify(
      db,
      {
        kind: 'budget_to_approve',
        to: [{ role: 'finance' }],
        link,
        exceptUserId: actor.userId,
        title: {
          vi: `Khoản kinh phí chờ thẩm định (${line.fiscal_year}): ${line.title} — ${money(line.amount)}`,
          en: `Budget line to appraise (${line.fiscal_year}): ${line.title} — ${money(line.amount)}`,
        },
      },
      now,
    );
    return;
  }
  if (action === 'budget.appraised') {
    const proposed = line.appraised_amount === null ? null : money(line.appraised_amount);
    await notify(
      db,
      {
        kind: 'budget_to_decide',
        to: [{ role: 'leader' }],
        link,
        exceptUserId: actor.userId,
        title: {
          vi: `Khoản kinh phí chờ quyết định (${line.fiscal_year}): ${line.title}${proposed ? ` — đề nghị ${proposed}` : ' — đề nghị không phê duyệt'}`,
          en: `Budget line awaiting decision (${line.fiscal_year}): ${line.title}${proposed ? ` — proposed ${proposed}` : ' — rejection recommended'}`,
        },
        body: line.appraisal_note ? { vi: line.appraisal_note, en: line.appraisal_note } : null,
      },
      now,
    );
    return;
  }
  if (action !== 'budget.approved' && action !== 'budget.rejected') return;
  const to = [targets.submitter, targets.appraiser]
    .filter((u): u is { id: string; unitId: string } => u !== null)
    .map((user) => ({ user }));
  if (to.length === 0) return;
  const approved = action === 'budget.approved';
  const amount = line.approved_amount === null ? '' : ` — ${money(line.approved_amount)}`;
  await notify(
    db,
    {
      kind: 'budget_decided',
      to,
      link,
      exceptUserId: actor.userId,
      title: approved
        ? {
            vi: `Khoản kinh phí đã được phê duyệt: ${line.title}${amount}`,
            en: `Budget line approved: ${line.title}${amount}`,
          }
        : {
            vi: `Khoản kinh phí không được phê duyệt: ${line.title}`,
            en: `Budget line rejected: ${line.title}`,
          },
      body: line.decision_note ? { vi: line.decision_note, en: line.decision_note } : null,
    },
    now,
  );
}

import type { Insertable } from 'kysely';
import type { BudgetLinesTable, BudgetSpendingTable } from '../db/schema-preparedness.ts';
import type { Trx } from '../shared/context.ts';
import { insertRows } from './demo.repository.ts';
import { type DemoContext, type DemoLoader, unitId } from './demo-context.ts';
import { dayBefore } from './demo-random.ts';

// The budget of the plan (seed III, IV.3): last year's lines decided and spent, this year's in
// every state of the flow (draft, submitted, appraised, approved, rejected), with funding sources.

type Line = [category: string, title: string, amount: number, funding: 'town_budget' | 'other_lawful'];

const LINES: Line[] = [
  [
    'licences',
    'Gia hạn bản quyền phần mềm diệt virus cho 420 máy tính của các cơ quan, đơn vị',
    126_000_000,
    'town_budget',
  ],
  ['services', 'Thuê dịch vụ giám sát an toàn thông tin (SOC) 12 tháng', 180_000_000, 'town_budget'],
  ['equipment', 'Mua sắm tường lửa thế hệ mới cho trụ sở UBND thị xã', 245_000_000, 'town_budget'],
  ['training', 'Tập huấn kỹ năng an toàn thông tin cho cán bộ, công chức (4 lớp)', 48_000_000, 'town_budget'],
  ['drills', 'Tổ chức diễn tập thực chiến ứng cứu sự cố cấp thị xã', 95_000_000, 'other_lawful'],
  ['contingency', 'Kinh phí dự phòng ứng cứu, khắc phục sự cố', 100_000_000, 'town_budget'],
  ['equipment', 'Thay ắc quy bộ lưu điện phòng máy chủ', 38_500_000, 'town_budget'],
  ['services', 'Đánh giá, kiểm tra an toàn thông tin các hệ thống cấp độ 3', 150_000_000, 'town_budget'],
  ['licences', 'Gia hạn dịch vụ FortiGuard cho tường lửa', 42_000_000, 'town_budget'],
  ['other', 'In ấn tài liệu tuyên truyền an toàn thông tin cho người dân', 15_000_000, 'other_lawful'],
];

export const demoBudget: DemoLoader = {
  name: 'budget',
  async load(trx: Trx, ctx: DemoContext) {
    const { rnd, now } = ctx;
    const thisYear = Number(dayBefore(now, 0).slice(0, 4));
    const focal = unitId(ctx, 'VHKHTT');
    const finance = ctx.users.get('taichinh');
    const leader = ctx.users.get('lanhdao');
    const lines: (Insertable<BudgetLinesTable> & { id: string })[] = [];
    const spending: Insertable<BudgetSpendingTable>[] = [];
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
    const add = (year: number, [category, title, amount, funding]: Line, status: string, i: number) => {
      const id = rnd.uuid();
      const reduced = status !== 'rejected' && i % 4 === 1;
      const proposed = reduced ? Math.round((amount * 0.8) / 1_000_000) * 1_000_000 : amount;
      const appraised = ['appraised', 'approved', 'rejected'].includes(status);
      const decided = status === 'approved' || status === 'rejected';
      lines.push({
        id,
        fiscal_year: year,
        unit_id: focal,
        category,
        title,
        amount,
        status,
        funding_source: funding,
        funding_note:
          funding === 'other_lawful' ? 'Hỗ trợ của doanh nghiệp viễn thông theo thoả thuận hợp tác' : null,
        note: null,
        appraisal: appraised ? (status === 'rejected' ? 'reject' : reduced ? 'reduce' : 'approve') : null,
        appraised_amount: appraised && status !== 'rejected' ? proposed : null,
        appraisal_note: appraised
          ? reduced
            ? 'Đề nghị điều chỉnh theo báo giá thấp nhất'
            : status === 'rejected'
              ? 'Nội dung đã có trong dự án của tỉnh'
              : 'Phù hợp khả năng cân đối ngân sách'
          : null,
        appraised_by: appraised ? (finance?.id ?? null) : null,
        appraised_at: appraised ? at(year < thisYear ? 330 : 40) : null,
        approved_amount: status === 'approved' ? proposed : null,
        decided_by: decided ? (leader?.id ?? null) : null,
        decided_at: decided ? at(year < thisYear ? 320 : 30) : null,
        decision_note: decided
          ? status === 'approved'
            ? 'Đồng ý theo ý kiến thẩm định'
            : 'Không bố trí trong năm nay'
          : null,
        updated_at: now,
      });
      if (status === 'approved') {
        const share = year < thisYear ? rnd.int(85, 100) : rnd.int(20, 70);
        const total = Math.round((proposed * share) / 100 / 100_000) * 100_000;
        const parts = rnd.int(1, 3);
        for (let p = 0; p < parts; p++)
          spending.push({
            line_id: id,
            amount: Math.round(total / parts),
            spent_on:
              year < thisYear
                ? `${year}-${String(3 + p * 3).padStart(2, '0')}-28`
                : dayBefore(now, rnd.int(5, 120)),
            note: `Thanh toán đợt ${p + 1}`,
            created_by: ctx.users.get('dieuphoi')?.id ?? null,
          });
      }
    };
    for (const [i, line] of LINES.entries()) add(thisYear - 1, line, i === 9 ? 'rejected' : 'approved', i);
    const states = [
      'approved',
      'approved',
      'approved',
      'appraised',
      'submitted',
      'submitted',
      'draft',
      'rejected',
      'appraised',
      'draft',
    ];
    for (const [i, line] of LINES.entries()) add(thisYear, line, states[i]!, i);
    // Next year's estimate is being drafted.
    for (const line of LINES.slice(0, 4))
      add(thisYear + 1, [line[0], line[1], Math.round(line[2] * 1.1), line[3]], 'draft', 0);
    ctx.written.budget_lines = await insertRows(trx, 'budget_lines', lines);
    ctx.written.budget_spending = await insertRows(trx, 'budget_spending', spending);
  },
};

-- budget.deleteLine
delete from "budget_lines"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- budget.deleteSpending
delete from "budget_spending"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- budget.equipmentForEstimate
select "e"."name", "e"."category", "e"."quantity", "e"."location", "u"."name" as "unit_name"
  from "readiness_equipment" as "e"
  inner join "units" as "u" on "u"."id" = "e"."unit_id"
  where "e"."status" in ($1, $2) and "e"."unit_id" = $3 and "e"."unit_id" = $4
  order by "u"."name", "e"."name"
  limit $5;
  -- params: ["ready","maintenance","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1",1000]

-- budget.findLine
select "l".*, "u"."name" as "unit_name", coalesce((select sum(s.amount)
  from budget_spending s
  where s.line_id = l.id), 0) as "spent", "ua"."full_name" as "appraised_by_name", "ud"."full_name" as "decided_by_name"
  from "budget_lines" as "l"
  inner join "units" as "u" on "u"."id" = "l"."unit_id"
  left join "users" as "ua" on "ua"."id" = "l"."appraised_by"
  left join "users" as "ud" on "ud"."id" = "l"."decided_by"
  where "l"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- budget.findSpending
select *
  from "budget_spending"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- budget.focalOfficeName
select "name"
  from "units"
  where "type" = $1 and "archived" = $2
  order by "created_at"
  limit $3;
  -- params: ["focal_office",false,1]

-- budget.insertLine
insert into "budget_lines" ("fiscal_year", "unit_id", "category", "title", "amount", "updated_at")
  values ($1, $2, $3, $4, $5, $6)
  returning *;
  -- params: [2026,"00000000-0000-4000-8000-0000000000a1","equipment","Tường lửa",120000000,"2026-12-05T08:00:00.000Z"]

-- budget.insertSpending
insert into "budget_spending" ("line_id", "amount", "spent_on", "note", "created_by")
  values ($1, $2, $3, $4, $5)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001",5000000,"2026-12-01",null,"00000000-0000-4000-8000-0000000000b1"]

-- budget.lastSubmitter
select "u"."id", "u"."unit_id"
  from "audit_log" as "a"
  inner join "users" as "u" on "u"."id" = "a"."actor_user_id"
  where "a"."entity_type" = $1 and "a"."entity_id" = $2 and "a"."action" = $3
  order by "a"."at" desc
  limit $4;
  -- params: ["budget_line","00000000-0000-4000-8000-000000000001","budget.submitted",1]

-- budget.lineHistory
select "a"."action", "a"."at", "a"."after", "a"."actor_label", "u"."full_name" as "actor_name"
  from "audit_log" as "a"
  left join "users" as "u" on "u"."id" = "a"."actor_user_id"
  where "a"."entity_type" = $1 and "a"."entity_id" = $2
  order by "a"."at", "a"."id"
  limit $3;
  -- params: ["budget_line","00000000-0000-4000-8000-000000000001",200]

-- budget.linesOfYear
select "l".*, "u"."name" as "unit_name", coalesce((select sum(s.amount)
  from budget_spending s
  where s.line_id = l.id), 0) as "spent", "ua"."full_name" as "appraised_by_name", "ud"."full_name" as "decided_by_name"
  from "budget_lines" as "l"
  inner join "units" as "u" on "u"."id" = "l"."unit_id"
  left join "users" as "ua" on "ua"."id" = "l"."appraised_by"
  left join "users" as "ud" on "ud"."id" = "l"."decided_by"
  where "l"."id" in (select "l"."id"
  from "budget_lines" as "l"
  where "l"."fiscal_year" = $1 and "l"."unit_id" = $2)
  order by "l"."category", "l"."title", "l"."id";
  -- params: [2026,"00000000-0000-4000-8000-0000000000a1"]

-- budget.linkTargetExists
select exists (select id
  from "readiness_equipment"
  where id = $1
  union all select id
  from "readiness_licences"
  where id = $2
  union all select id
  from "readiness_contracts"
  where id = $3
  union all select id
  from "readiness_trainings"
  where id = $4
  union all select id
  from "readiness_drills"
  where id = $5) as found;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001"]
select exists (select id
  from "risks"
  where id = $1) as found;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- budget.listLines
select "l".*, "u"."name" as "unit_name", coalesce((select sum(s.amount)
  from budget_spending s
  where s.line_id = l.id), 0) as "spent", "ua"."full_name" as "appraised_by_name", "ud"."full_name" as "decided_by_name"
  from "budget_lines" as "l"
  inner join "units" as "u" on "u"."id" = "l"."unit_id"
  left join "users" as "ua" on "ua"."id" = "l"."appraised_by"
  left join "users" as "ud" on "ud"."id" = "l"."decided_by"
  where "l"."id" in (select "l"."id"
  from "budget_lines" as "l"
  where "l"."unit_id" = $1 and "l"."fiscal_year" = $2 and "l"."unit_id" = $3 and "l"."status" = $4 and "l"."category" = $5)
  order by "l"."fiscal_year" desc, "l"."category", "l"."title", "l"."id"
  limit $6
  offset $7;
  -- params: ["00000000-0000-4000-8000-0000000000a1",2026,"00000000-0000-4000-8000-0000000000a1","draft","equipment",20,40]
select count(*) as "n"
  from "budget_lines" as "l"
  where "l"."unit_id" = $1 and "l"."fiscal_year" = $2 and "l"."unit_id" = $3 and "l"."status" = $4 and "l"."category" = $5;
  -- params: ["00000000-0000-4000-8000-0000000000a1",2026,"00000000-0000-4000-8000-0000000000a1","draft","equipment"]

-- budget.spendingOf
select *
  from "budget_spending"
  where "line_id" = $1
  order by "spent_on", "created_at";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- budget.sumsByCategoryAndStatus
select "category", "status", sum(amount) as "amount", sum(coalesce(approved_amount, amount)) as "approved"
  from "budget_lines"
  where "id" in (select "l"."id"
  from "budget_lines" as "l"
  where "l"."unit_id" = $1 and "l"."fiscal_year" = $2)
  group by "category", "status";
  -- params: ["00000000-0000-4000-8000-0000000000a1",2026]
select "l"."category", "l"."status", sum(s.amount) as "amount"
  from "budget_spending" as "s"
  inner join "budget_lines" as "l" on "l"."id" = "s"."line_id"
  where "l"."id" in (select "l"."id"
  from "budget_lines" as "l"
  where "l"."unit_id" = $1 and "l"."fiscal_year" = $2)
  group by "l"."category", "l"."status";
  -- params: ["00000000-0000-4000-8000-0000000000a1",2026]

-- budget.teamForEstimate
select "t"."full_name", "t"."team_role", "u"."name" as "unit_name"
  from "team_members" as "t"
  inner join "units" as "u" on "u"."id" = "t"."unit_id"
  where "t"."active" = $1 and "t"."unit_id" = $2
  order by "u"."name", "t"."full_name"
  limit $3;
  -- params: [true,"00000000-0000-4000-8000-0000000000a1",500]

-- budget.updateLine
update "budget_lines"
  set "status" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: ["submitted","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

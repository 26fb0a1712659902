-- activity.activityBudget
select coalesce(sum("amount"), 0) as "amount"
  from "budget_lines"
  where "fiscal_year" = $1 and "status" = $2;
  -- params: [2026,"approved"]
select coalesce(sum("s"."amount"), 0) as "amount"
  from "budget_spending" as "s"
  inner join "budget_lines" as "b" on "b"."id" = "s"."line_id"
  where "b"."fiscal_year" = $1 and "s"."spent_on" >= $2 and "s"."spent_on" < $3;
  -- params: [2026,"2026-01-01","2026-12-31"]

-- activity.activityIncidents
select "cause_group", "tier", count(*) as "count"
  from "incidents"
  where "detected_at" >= $1 and "detected_at" < $2 and "state" not in ($3, $4, $5)
  group by "cause_group", "tier";
  -- params: ["2025-12-14T17:00:00.000Z","2026-12-14T17:00:00.000Z","rejected","duplicate","merged"]

-- activity.activityInspections
select "status", count(*) as "count"
  from "inspections"
  where "year" = $1
  group by "status";
  -- params: [2026]

-- activity.activityResponseTimes
select count(*) as "closed", percentile_cont(0.5) within group (order by extract(epoch
  from closed_at - detected_at) / 3600) as "median_hours", percentile_cont(0.9) within group (order by extract(epoch
  from closed_at - detected_at) / 3600) as "p90_hours"
  from "incidents"
  where "closed_at" >= $1 and "closed_at" < $2 and "state" = $3;
  -- params: ["2025-12-14T17:00:00.000Z","2026-12-14T17:00:00.000Z","closed"]

-- activity.activityWarnings
with "issued" as (select "id"
  from "warnings"
  where "published_at" >= $1 and "published_at" < $2 and "status" in ($3, $4)), "per_warning" as (select "issued"."id", count("warning_targets"."id") as "targets", count(warning_targets.id) filter (where warning_targets.status <> 'sent') as "answered"
  from "issued"
  left join "warning_targets" on "warning_targets"."warning_id" = "issued"."id"
  group by "issued"."id") select count(*) as "issued", coalesce(sum(targets), 0) as "targets", coalesce(sum(answered), 0) as "answered", count(*) filter (where targets > 0 and answered = targets) as "fully_answered"
  from "per_warning";
  -- params: ["2025-12-14T17:00:00.000Z","2026-12-14T17:00:00.000Z","published","closed"]

-- mau05.findPeriodicReport
select *
  from "periodic_reports"
  where "kind" = $1 and "year" = $2;
  -- params: ["annual",2026]

-- mau05.insertPeriodicReport
insert into "periodic_reports" ("kind", "year", "regime_id", "report_code", "period_start", "period_end", "updated_by", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8)
  returning *;
  -- params: ["annual",2026,"vn-2026","annual_unit","2025-12-15","2026-12-14","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- mau05.mau05Figures
select "subtype", count(*) as "count", count(*) filter(where ("help_domestic" = $1 and "help_foreign" = $2)) as "alone", count(*) filter(where "help_domestic" = $3) as "domestic", count(*) filter(where "help_foreign" = $4) as "foreign", count(*) filter(where "coordinator_support_requested" = $5) as "coordinator", coalesce(sum("damage_estimate"), 0) as "damage"
  from "incidents"
  where "cause_group" = $6 and "detected_at" >= $7 and "detected_at" < $8 and "state" not in ($9, $10, $11) and "tier" != $12
  group by "subtype";
  -- params: [false,false,true,true,true,"attack","2025-12-14T17:00:00.000Z","2026-12-14T17:00:00.000Z","rejected","duplicate","merged","T0"]

-- mau05.mau05Helpers
select "helping_organisations", "help_domestic", "help_foreign"
  from "incidents"
  where "cause_group" = $1 and "detected_at" >= $2 and "detected_at" < $3 and "state" not in ($4, $5, $6) and "tier" != $7 and "helping_organisations" is not null
  order by "detected_at"
  limit $8;
  -- params: ["attack","2025-12-14T17:00:00.000Z","2026-12-14T17:00:00.000Z","rejected","duplicate","merged","T0",500]

-- mau05.updatePeriodicReport
update "periodic_reports"
  set "proposals" = $1, "updated_at" = $2, "version" = "version" + $3
  where "id" = $4
  returning *;
  -- params: ["Đề xuất","2026-12-05T08:00:00.000Z",1,"00000000-0000-4000-8000-000000000001"]

-- plan.currentPlanSections
select "s".*, "u"."full_name" as "editor_name"
  from "plan_sections" as "s"
  left join "users" as "u" on "u"."id" = "s"."edited_by"
  where "s"."plan_id" = $1 and "s"."version" = (select max("l"."version") as "v"
  from "plan_sections" as "l"
  where "l"."plan_id" = "s"."plan_id" and "l"."key" = "s"."key");
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- plan.findPlanByYear
select *
  from "plan_documents"
  where "year" = $1;
  -- params: [2027]

-- plan.insertPlan
insert into "plan_documents" ("year", "place", "number", "updated_at")
  values ($1, $2, $3, $4)
  returning *;
  -- params: [2027,"Mỹ Hào",null,"2026-12-05T08:00:00.000Z"]

-- plan.insertPlanSections
insert into "plan_sections" ("plan_id", "key", "version", "body", "source", "edited_by")
  values ($1, $2, $3, $4, $5, $6)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","budget",2,"III. KINH PHÍ","edited","00000000-0000-4000-8000-0000000000b1"]

-- plan.latestPlanSectionVersion
select max(version) as "v"
  from "plan_sections"
  where "plan_id" = $1 and "key" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","budget"]

-- plan.listPlans
select "year", "number", "updated_at"
  from "plan_documents"
  order by "year" desc
  limit $1;
  -- params: [100]

-- plan.planSectionVersions
select "s".*, "u"."full_name" as "editor_name"
  from "plan_sections" as "s"
  left join "users" as "u" on "u"."id" = "s"."edited_by"
  where "s"."plan_id" = $1 and "s"."key" = $2
  order by "s"."version" desc
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","budget",200]

-- plan.updatePlan
update "plan_documents"
  set "number" = $1, "updated_at" = $2, "version" = "version" + $3
  where "id" = $4
  returning *;
  -- params: ["18","2026-12-05T08:00:00.000Z",1,"00000000-0000-4000-8000-000000000001"]

-- planFacts.mainParentUnit
select "p"."name", "p"."parent_id", count(*) as "children"
  from "units" as "c"
  inner join "units" as "p" on "p"."id" = "c"."parent_id"
  where "c"."archived" = $1
  group by "p"."id", "p"."name", "p"."parent_id"
  order by "children" desc, "p"."name"
  limit $2;
  -- params: [false,1]

-- planFacts.planBodies
select "u"."id", "u"."name", "u"."type", "p"."name" as "parent_name", "pp"."name" as "grandparent_name"
  from "units" as "u"
  left join "units" as "p" on "p"."id" = "u"."parent_id"
  left join "units" as "pp" on "pp"."id" = "p"."parent_id"
  where "u"."type" in ($1, $2, $3) and "u"."archived" = $4
  order by "u"."name";
  -- params: ["focal_office","people_committee_office","finance_office",false]

-- planFacts.planBudgetLines
select "b"."title", "b"."category", "b"."amount", "b"."status", "u"."name" as "unit_name"
  from "budget_lines" as "b"
  inner join "units" as "u" on "u"."id" = "b"."unit_id"
  where "b"."fiscal_year" = $1 and "b"."status" != $2
  order by "b"."category", "b"."title"
  limit $3;
  -- params: [2027,"rejected",500]

-- planFacts.planExpiringLicences
select "l"."product", "l"."expires_on", "u"."name" as "unit_name"
  from "readiness_licences" as "l"
  inner join "units" as "u" on "u"."id" = "l"."unit_id"
  where "l"."expires_on" >= $1 and "l"."expires_on" <= $2
  order by "l"."expires_on"
  limit $3;
  -- params: ["2027-01-01","2027-12-31",500]

-- planFacts.planIncidentsByGroup
select "cause_group", count(*) as "count"
  from "incidents"
  where "detected_at" >= $1 and "detected_at" < $2 and "state" not in ($3, $4, $5) and "tier" != $6
  group by "cause_group";
  -- params: ["2025-12-14T17:00:00.000Z","2026-12-14T17:00:00.000Z","rejected","duplicate","merged","T0"]

-- planFacts.planInspections
select "u"."name" as "unit_name", "i"."planned_on"
  from "inspections" as "i"
  inner join "units" as "u" on "u"."id" = "i"."unit_id"
  where "i"."year" = $1
  order by "i"."planned_on"
  limit $2;
  -- params: [2027,500]

-- planFacts.planRiskBands
select "band", count(*) as "count"
  from "risks"
  where "status" = $1
  group by "band";
  -- params: ["open"]

-- planFacts.planSystems
select "s"."name", "s"."security_level", "u"."name" as "unit_name"
  from "information_systems" as "s"
  inner join "units" as "u" on "u"."id" = "s"."operating_unit_id"
  where "s"."archived" = $1
  order by s.security_level desc nulls last, "s"."name"
  limit $2;
  -- params: [false,500]

-- planFacts.planTopRisks
select "r"."subtype", "r"."score", "r"."band", "s"."name" as "system_name", "u"."name" as "unit_name"
  from "risks" as "r"
  inner join "information_systems" as "s" on "s"."id" = "r"."system_id"
  inner join "units" as "u" on "u"."id" = "s"."operating_unit_id"
  where "r"."status" = $1
  order by "r"."score" desc, "s"."name"
  limit $2;
  -- params: ["open",10]

-- planFacts.planUnits
select "name", "type", focal_main->>'name' as "officer"
  from "units"
  where "type" in ($1, $2) and "archived" = $3
  order by "type", "name"
  limit $4;
  -- params: ["agency","commune",false,1000]

-- unitProfile.unitProfile
select "u".*, "p"."name" as "parent_name"
  from "units" as "u"
  left join "units" as "p" on "p"."id" = "u"."parent_id"
  where "u"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- unitProfile.unitSystems
select "name", "security_level", "kind"
  from "information_systems"
  where "archived" = $1 and ("owner_unit_id" = $2 or "operating_unit_id" = $3)
  order by "security_level" desc, "name"
  limit $4;
  -- params: [false,"00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001",500]

-- unitProfile.unitTeam
select "full_name", "team_role", "phone", "email", "skills"
  from "team_members"
  where "unit_id" = $1 and "active" = $2
  order by "full_name"
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001",true,200]

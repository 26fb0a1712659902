-- risk.deleteRisk
delete from "risks"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- risk.findAssessment
select *
  from "risk_assessments"
  where "system_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- risk.findRiskById
select "r".*, "s"."name" as "system_name", "s"."owner_unit_id", "s"."operating_unit_id"
  from "risks" as "r"
  inner join "information_systems" as "s" on "s"."id" = "r"."system_id"
  where "r"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- risk.heatMapCounts
select "r"."likelihood", "r"."impact", count(*) as "n"
  from "risks" as "r"
  where not exists (select "s"."id"
  from "information_systems" as "s"
  where "s"."id" = "r"."system_id" and "s"."archived" = $1) and "r"."status" = $2
  group by "r"."likelihood", "r"."impact";
  -- params: [true,"open"]
select "r"."likelihood", "r"."impact", count(*) as "n"
  from "risks" as "r"
  inner join "information_systems" as "s" on "s"."id" = "r"."system_id"
  where "s"."archived" = $1 and ("s"."owner_unit_id" = $2 or "s"."operating_unit_id" = $3)
  group by "r"."likelihood", "r"."impact";
  -- params: [false,"00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1"]

-- risk.insertRisk
insert into "risks" ("system_id", "subtype", "likelihood", "impact", "score", "band", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","malware",4,5,20,"high","2026-12-05T08:00:00.000Z"]

-- risk.insertScoreHistory
insert into "risk_score_history" ("risk_id", "likelihood", "impact", "score", "band", "changed_by", "changed_at")
  values ($1, $2, $3, $4, $5, $6, $7);
  -- params: ["00000000-0000-4000-8000-000000000001",4,5,20,"high","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- risk.listRisks
select "r".*, "s"."name" as "system_name", "s"."owner_unit_id", "s"."operating_unit_id"
  from "risks" as "r"
  inner join "information_systems" as "s" on "s"."id" = "r"."system_id"
  where "s"."archived" = $1
  order by "r"."score" desc, "r"."id"
  limit $2
  offset $3;
  -- params: [false,50,0]
select count(*) as "n"
  from "risks" as "r"
  inner join "information_systems" as "s" on "s"."id" = "r"."system_id"
  where "s"."archived" = $1;
  -- params: [false]

-- risk.scoreHistory
select *
  from "risk_score_history"
  where "risk_id" = $1
  order by "changed_at", "id";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- risk.subtypesInRegister
select "subtype"
  from "risks"
  where "system_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- risk.updateRisk
update "risks"
  set "likelihood" = $1, "score" = $2, "band" = $3, "version" = version + 1
  where "id" = $4
  returning *;
  -- params: [2,10,"medium","00000000-0000-4000-8000-000000000001"]

-- risk.upsertAssessment
insert into "risk_assessments" ("system_id", "answers", "status", "assessed_by", "assessed_at", "updated_at")
  values ($1, $2, $3, $4, $5, $6)
  on conflict ("system_id") do update
  set "answers" = $7, "status" = $8, "assessed_by" = $9, "assessed_at" = $10, "updated_at" = $11, "version" = risk_assessments.version + 1
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","{}","draft","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","{}","draft","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z"]

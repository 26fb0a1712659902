-- proposals.countOpenProposals
select count(*) as "n"
  from "proposals" as "p"
  where "p"."status" = $1;
  -- params: ["open"]

-- proposals.findProposal
select "p".*, "u"."name" as "unit_name", "r"."full_name" as "raised_by_name", "a"."full_name" as "answered_by_name", "i"."code" as "incident_code"
  from "proposals" as "p"
  inner join "units" as "u" on "u"."id" = "p"."unit_id"
  inner join "users" as "r" on "r"."id" = "p"."raised_by_user_id"
  left join "users" as "a" on "a"."id" = "p"."answered_by"
  left join "incidents" as "i" on "i"."id" = "p"."incident_id"
  where "p"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- proposals.insertProposal
insert into "proposals" ("title", "content", "raised_by_user_id", "unit_id", "updated_at")
  values ($1, $2, $3, $4, $5)
  returning *;
  -- params: ["Đề nghị bổ sung kinh phí","Nội dung","00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z"]

-- proposals.listProposals
select "p".*, "u"."name" as "unit_name", "r"."full_name" as "raised_by_name", "a"."full_name" as "answered_by_name", "i"."code" as "incident_code"
  from "proposals" as "p"
  inner join "units" as "u" on "u"."id" = "p"."unit_id"
  inner join "users" as "r" on "r"."id" = "p"."raised_by_user_id"
  left join "users" as "a" on "a"."id" = "p"."answered_by"
  left join "incidents" as "i" on "i"."id" = "p"."incident_id"
  where ("p"."unit_id" = $1 or "p"."shared_with_all" = $2) and "p"."status" = $3 and "p"."unit_id" = $4
  order by "p"."created_at" desc, "p"."id" desc
  limit $5
  offset $6;
  -- params: ["00000000-0000-4000-8000-0000000000a1",true,"open","00000000-0000-4000-8000-0000000000a1",20,0]
select count(*) as "n"
  from "proposals" as "p"
  inner join "units" as "u" on "u"."id" = "p"."unit_id"
  inner join "users" as "r" on "r"."id" = "p"."raised_by_user_id"
  left join "users" as "a" on "a"."id" = "p"."answered_by"
  left join "incidents" as "i" on "i"."id" = "p"."incident_id"
  where ("p"."unit_id" = $1 or "p"."shared_with_all" = $2) and "p"."status" = $3 and "p"."unit_id" = $4;
  -- params: ["00000000-0000-4000-8000-0000000000a1",true,"open","00000000-0000-4000-8000-0000000000a1"]

-- proposals.lockProposal
select *
  from "proposals"
  where "id" = $1 for update;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- proposals.updateProposal
update "proposals"
  set "status" = $1, "answered_by" = $2, "answered_at" = $3, "updated_at" = $4, "version" = version + 1
  where "id" = $5
  returning *;
  -- params: ["accepted","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- inspection.answersOf
select *
  from "inspection_answers"
  where "inspection_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- inspection.answersOfMany
select "inspection_id", "item_key", "answer"
  from "inspection_answers"
  where "inspection_id" in ($1, $2);
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- inspection.evidenceContent
select *
  from "inspection_evidence"
  where "id" = $1 and "inspection_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001"]

-- inspection.evidenceOf
select "id", "inspection_id", "item_key", "filename", "content_type", "size_bytes", "sha256", "uploaded_by", "uploaded_at"
  from "inspection_evidence"
  where "inspection_id" = $1
  order by "uploaded_at";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- inspection.findInspection
select "i".*, "u"."name" as "unit_name", "t"."code" as "template_code", "t"."version" as "template_version"
  from "inspections" as "i"
  inner join "units" as "u" on "u"."id" = "i"."unit_id"
  inner join "inspection_templates" as "t" on "t"."id" = "i"."template_id"
  where "i"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- inspection.findInspectionOf
select "i".*, "u"."name" as "unit_name", "t"."code" as "template_code", "t"."version" as "template_version"
  from "inspections" as "i"
  inner join "units" as "u" on "u"."id" = "i"."unit_id"
  inner join "inspection_templates" as "t" on "t"."id" = "i"."template_id"
  where "i"."unit_id" = $1 and "i"."year" = $2;
  -- params: ["00000000-0000-4000-8000-0000000000a1",2026]

-- inspection.findTemplate
select *
  from "inspection_templates"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- inspection.insertEvidence
insert into "inspection_evidence" ("inspection_id", "item_key", "filename", "content_type", "size_bytes", "sha256", "content", "uploaded_by", "uploaded_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning "id", "inspection_id", "item_key", "filename", "content_type", "size_bytes", "sha256", "uploaded_by", "uploaded_at";
  -- params: ["00000000-0000-4000-8000-000000000001","a1","anh.png","image/png",4,"ab",{"0":1,"1":2,"2":3,"3":4},"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- inspection.insertInspections
insert into "inspections" ("unit_id", "year", "template_id", "planned_on", "updated_at")
  values ($1, $2, $3, $4, $5)
  on conflict ("unit_id", "year") do nothing
  returning *;
  -- params: ["00000000-0000-4000-8000-0000000000a1",2026,"00000000-0000-4000-8000-000000000001","2026-03-01","2026-12-05T08:00:00.000Z"]

-- inspection.insertTemplate
insert into "inspection_templates" ("code", "version", "title", "items")
  values ($1, $2, $3, $4)
  on conflict ("code", "version") do nothing
  returning *;
  -- params: ["KT-2026",2,"{\"vi\":\"Cập nhật bản vá\",\"en\":\"Apply patches\"}","[]"]

-- inspection.latestTemplate
select *
  from "inspection_templates"
  where "code" = $1
  order by "version" desc
  limit $2;
  -- params: ["KT-2026",1]

-- inspection.listInspections
select "i".*, "u"."name" as "unit_name", "t"."code" as "template_code", "t"."version" as "template_version"
  from "inspections" as "i"
  inner join "units" as "u" on "u"."id" = "i"."unit_id"
  inner join "inspection_templates" as "t" on "t"."id" = "i"."template_id"
  where "i"."id" in (select "i"."id"
  from "inspections" as "i")
  order by "i"."year" desc, "u"."name", "i"."id"
  limit $1
  offset $2;
  -- params: [50,0]
select count(*) as "n"
  from "inspections" as "i";

-- inspection.listTemplates
select *
  from "inspection_templates"
  order by "code", "version" desc;

-- inspection.unitHasLevel3Plus
select "id"
  from "information_systems"
  where "archived" = $1 and ("owner_unit_id" = $2 or "operating_unit_id" = $3) and ("security_level" is null or "security_level" >= $4)
  limit $5;
  -- params: [false,"00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1",3,1]

-- inspection.updateInspection
update "inspections"
  set "status" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3;
  -- params: ["completed","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- inspection.upsertAnswers
insert into "inspection_answers" ("inspection_id", "item_key", "answer", "note", "answered_by", "answered_at")
  values ($1, $2, $3, $4, $5, $6)
  on conflict ("inspection_id", "item_key") do update
  set "answer" = "excluded"."answer", "note" = "excluded"."note", "answered_by" = "excluded"."answered_by", "answered_at" = "excluded"."answered_at";
  -- params: ["00000000-0000-4000-8000-000000000001","a1","yes",null,"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- remediation.findTask
select "r".*, "u"."name" as "unit_name"
  from "remediation_tasks" as "r"
  inner join "units" as "u" on "u"."id" = "r"."unit_id"
  where "r"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- remediation.insertTasks
insert into "remediation_tasks" ("unit_id", "inspection_id", "item_key", "answer", "title", "description", "priority", "due_date", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning *;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000001","a1","no","{\"vi\":\"Cập nhật bản vá\",\"en\":\"Apply patches\"}","{\"vi\":\"Cập nhật bản vá\",\"en\":\"Apply patches\"}","high","2027-01-31","2026-12-05T08:00:00.000Z"]

-- remediation.listTasks
select "r".*, "u"."name" as "unit_name"
  from "remediation_tasks" as "r"
  inner join "units" as "u" on "u"."id" = "r"."unit_id"
  where "r"."id" in (select "r"."id"
  from "remediation_tasks" as "r")
  order by "r"."status" desc, "r"."due_date", "r"."id"
  limit $1
  offset $2;
  -- params: [50,0]
select count(*) as "n"
  from "remediation_tasks" as "r";

-- remediation.tasksOfInspection
select "r".*, "u"."name" as "unit_name"
  from "remediation_tasks" as "r"
  inner join "units" as "u" on "u"."id" = "r"."unit_id"
  where "r"."inspection_id" = $1
  order by "r"."due_date", "r"."item_key";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- remediation.updateTask
update "remediation_tasks"
  set "status" = $1, "done_note" = $2, "updated_at" = $3, "version" = version + 1
  where "id" = $4
  returning *;
  -- params: ["done","Xong","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

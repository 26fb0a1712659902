-- lessons.deleteFollowup
delete from "lesson_followups"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- lessons.deleteRiskLink
delete from "lesson_risk_links"
  where "incident_id" = $1 and "risk_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001"]

-- lessons.findFollowup
select *
  from "lesson_followups"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- lessons.findLesson
select "i"."id", "i"."code", "i"."title", "i"."unit_ids", "i"."escalated_unit_ids", "i"."reporting_unit_id", coalesce(r.full_name, i.reporter_contact->>'name') as "reporter_name", "i"."cause_group", "i"."subtype", "i"."tier", "i"."detected_at", "i"."closed_at", "i"."lessons_learned", "i"."cause_summary", "i"."actions_taken", "i"."tlp", "u"."name" as "unit_name"
  from "incidents" as "i"
  inner join "units" as "u" on "u"."id" = "i"."reporting_unit_id"
  left join "users" as "r" on "r"."id" = "i"."reporter_user_id"
  where "i"."state" = 'closed' and "i"."lessons_learned" is not null and "i"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- lessons.followupsOf
select *
  from "lesson_followups"
  where "incident_id" in ($1)
  order by "created_at", "id";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- lessons.insertFollowup
insert into "lesson_followups" ("incident_id", "action", "done_by", "due_on", "created_by", "updated_at")
  values ($1, $2, $3, $4, $5, $6)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","Lập lịch sao lưu","Phòng VHKHTT","2026-12-31","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- lessons.insertRiskLink
insert into "lesson_risk_links" ("incident_id", "risk_id", "linked_by")
  values ($1, $2, $3)
  on conflict ("incident_id", "risk_id") do nothing
  returning "risk_id";
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000b1"]

-- lessons.lessonsOfRisk
select "i"."id", "i"."code", "i"."title", "i"."unit_ids", "i"."escalated_unit_ids", "i"."reporting_unit_id", coalesce(r.full_name, i.reporter_contact->>'name') as "reporter_name", "i"."cause_group", "i"."subtype", "i"."tier", "i"."detected_at", "i"."closed_at", "i"."lessons_learned", "i"."cause_summary", "i"."actions_taken", "i"."tlp", "u"."name" as "unit_name"
  from "incidents" as "i"
  inner join "units" as "u" on "u"."id" = "i"."reporting_unit_id"
  left join "users" as "r" on "r"."id" = "i"."reporter_user_id"
  inner join "lesson_risk_links" as "k" on "k"."incident_id" = "i"."id"
  where "i"."state" = 'closed' and "i"."lessons_learned" is not null and "k"."risk_id" = $1
  order by "i"."closed_at" desc, "i"."id" desc
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",100]

-- lessons.listLessons
select "i"."id", "i"."code", "i"."title", "i"."unit_ids", "i"."escalated_unit_ids", "i"."reporting_unit_id", coalesce(r.full_name, i.reporter_contact->>'name') as "reporter_name", "i"."cause_group", "i"."subtype", "i"."tier", "i"."detected_at", "i"."closed_at", "i"."lessons_learned", "i"."cause_summary", "i"."actions_taken", "i"."tlp", "u"."name" as "unit_name"
  from "incidents" as "i"
  inner join "units" as "u" on "u"."id" = "i"."reporting_unit_id"
  left join "users" as "r" on "r"."id" = "i"."reporter_user_id"
  where "i"."state" = 'closed' and "i"."lessons_learned" is not null and to_tsvector('simple', ungcuu_fold(coalesce(i.lessons_learned, '') || ' ' || coalesce(i.cause_summary, '') || ' ' || coalesce(i.actions_taken, ''))) @@ to_tsquery('simple', $1) and "i"."cause_group" = $2 and "i"."subtype" = $3
  order by "i"."closed_at" desc, "i"."id" desc
  limit $4
  offset $5;
  -- params: ["sao & luu","attack","attack.ransomware",20,0]
select count(*) as "n"
  from "incidents" as "i"
  inner join "units" as "u" on "u"."id" = "i"."reporting_unit_id"
  left join "users" as "r" on "r"."id" = "i"."reporter_user_id"
  where "i"."state" = 'closed' and "i"."lessons_learned" is not null and to_tsvector('simple', ungcuu_fold(coalesce(i.lessons_learned, '') || ' ' || coalesce(i.cause_summary, '') || ' ' || coalesce(i.actions_taken, ''))) @@ to_tsquery('simple', $1) and "i"."cause_group" = $2 and "i"."subtype" = $3;
  -- params: ["sao & luu","attack","attack.ransomware"]

-- lessons.risksOfLessons
select "k"."incident_id", "r"."id", "r"."subtype", "r"."score", "r"."band", "s"."name" as "system_name", "s"."owner_unit_id", "s"."operating_unit_id"
  from "lesson_risk_links" as "k"
  inner join "risks" as "r" on "r"."id" = "k"."risk_id"
  inner join "information_systems" as "s" on "s"."id" = "r"."system_id"
  where "k"."incident_id" in ($1)
  order by "r"."score" desc, "r"."id";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- lessons.unitNames
select "id", "name"
  from "units"
  where "id" in ($1);
  -- params: ["00000000-0000-4000-8000-0000000000a1"]

-- lessons.updateFollowup
update "lesson_followups"
  set "status" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: ["done","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- requests.answersToChase
select "a"."request_id", "a"."unit_id", "u"."name" as "unit_name", "r"."title", "r"."deadline"
  from "unit_request_answers" as "a"
  inner join "unit_requests" as "r" on "r"."id" = "a"."request_id"
  inner join "units" as "u" on "u"."id" = "a"."unit_id"
  where "r"."state" = $1 and "a"."status" <> $2 and "a"."reminded_at" is null and "r"."deadline" <= $3::date
  order by "r"."deadline", "a"."request_id"
  limit $4;
  -- params: ["open","submitted","2026-06-30",2000]
select "a"."request_id", "a"."unit_id", "u"."name" as "unit_name", "r"."title", "r"."deadline"
  from "unit_request_answers" as "a"
  inner join "unit_requests" as "r" on "r"."id" = "a"."request_id"
  inner join "units" as "u" on "u"."id" = "a"."unit_id"
  where "r"."state" = $1 and "a"."status" <> $2 and "a"."escalated_at" is null and "r"."deadline" < $3::date
  order by "r"."deadline", "a"."request_id"
  limit $4;
  -- params: ["open","submitted","2026-07-01",2000]

-- requests.closeRequest
update "unit_requests"
  set "state" = $1, "closed_at" = $2, "updated_at" = $3, "version" = "version" + $4
  where "id" = $5;
  -- params: ["closed","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z",1,"00000000-0000-4000-8000-000000000001"]

-- requests.findRequest
select *
  from "unit_requests"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- requests.insertAnswerRows
insert into "unit_request_answers" ("request_id", "unit_id", "answers", "updated_at")
  values ($1, $2, $3, $4), ($5, $6, $7, $8);
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1","{}","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","{}","2026-12-05T08:00:00.000Z"]

-- requests.insertRequest
insert into "unit_requests" ("title", "instructions", "template", "fields", "targeting", "deadline", "created_by", "sent_at", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning *;
  -- params: ["Rà quét mã độc","Quét toàn bộ máy tính","scan_campaign","[{\"key\":\"scanned\",\"label\":\"Số máy đã quét\",\"type\":\"number\",\"required\":true,\"min\":0}]","{\"mode\":\"all\"}","2026-06-30","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z"]

-- requests.listAnswers
select "a"."unit_id", "u"."name" as "unit_name", "a"."status", "a"."answers", "a"."submitted_at", "s"."full_name" as "submitted_by_name", "a"."reopen_reason", "a"."version"
  from "unit_request_answers" as "a"
  inner join "units" as "u" on "u"."id" = "a"."unit_id"
  left join "users" as "s" on "s"."id" = "a"."submitted_by"
  where "a"."request_id" = $1
  order by "u"."name", "a"."unit_id"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",5000]
select "a"."unit_id", "u"."name" as "unit_name", "a"."status", "a"."answers", "a"."submitted_at", "s"."full_name" as "submitted_by_name", "a"."reopen_reason", "a"."version"
  from "unit_request_answers" as "a"
  inner join "units" as "u" on "u"."id" = "a"."unit_id"
  left join "users" as "s" on "s"."id" = "a"."submitted_by"
  where "a"."request_id" = $1 and "a"."unit_id" = $2
  order by "u"."name", "a"."unit_id"
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1",5000]

-- requests.listRequests
select "r"."id", "r"."title", "r"."template", "r"."deadline", "r"."state", "r"."sent_at", (select count(*) as "n"
  from "unit_request_answers" as "a"
  where "a"."request_id" = "r"."id") as "targeted", (select count(*) as "n"
  from "unit_request_answers" as "a"
  where "a"."request_id" = "r"."id" and "a"."status" = $1) as "answered", (select "mine"."status"
  from "unit_request_answers" as "mine"
  where "mine"."request_id" = "r"."id" and "mine"."unit_id" = $2) as "my_status"
  from "unit_requests" as "r"
  order by "r"."sent_at" desc, "r"."id"
  limit $3
  offset $4;
  -- params: ["submitted","00000000-0000-0000-0000-000000000000",50,0]
select count(*) as "n"
  from "unit_requests" as "r";
select "r"."id", "r"."title", "r"."template", "r"."deadline", "r"."state", "r"."sent_at", (select count(*) as "n"
  from "unit_request_answers" as "a"
  where "a"."request_id" = "r"."id") as "targeted", (select count(*) as "n"
  from "unit_request_answers" as "a"
  where "a"."request_id" = "r"."id" and "a"."status" = $1) as "answered", (select "mine"."status"
  from "unit_request_answers" as "mine"
  where "mine"."request_id" = "r"."id" and "mine"."unit_id" = $2) as "my_status"
  from "unit_requests" as "r"
  where exists (select "m"."unit_id"
  from "unit_request_answers" as "m"
  where "m"."request_id" = "r"."id" and "m"."unit_id" = $3) and "r"."state" = $4
  order by "r"."sent_at" desc, "r"."id"
  limit $5
  offset $6;
  -- params: ["submitted","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","open",50,0]
select count(*) as "n"
  from "unit_requests" as "r"
  where exists (select "m"."unit_id"
  from "unit_request_answers" as "m"
  where "m"."request_id" = "r"."id" and "m"."unit_id" = $1) and "r"."state" = $2;
  -- params: ["00000000-0000-4000-8000-0000000000a1","open"]

-- requests.lockAnswer
select *
  from "unit_request_answers"
  where "request_id" = $1 and "unit_id" = $2 for update;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- requests.lockRequest
select *
  from "unit_requests"
  where "id" = $1 for update;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- requests.markChased
update "unit_request_answers"
  set "reminded_at" = $1
  where ("request_id" = $2 and "unit_id" = $3);
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- requests.reopenAnswer
update "unit_request_answers"
  set "status" = $1, "reopened_at" = $2, "reopen_reason" = $3, "escalated_at" = $4, "updated_at" = $5, "version" = "version" + $6
  where "request_id" = $7 and "unit_id" = $8;
  -- params: ["draft","2026-12-05T08:00:00.000Z","Thiếu số máy đã xử lý",null,"2026-12-05T08:00:00.000Z",1,"00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- requests.saveAnswer
update "unit_request_answers"
  set "answers" = $1, "status" = $2, "submitted_at" = $3, "submitted_by" = $4, "updated_at" = $5, "version" = "version" + $6
  where "request_id" = $7 and "unit_id" = $8
  returning *;
  -- params: ["{\"scanned\":12}","submitted","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z",1,"00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- requests.unitsToTarget
select "id", "name"
  from "units"
  where "archived" = $1 and "type" in ($2, $3)
  order by "name"
  limit $4;
  -- params: [false,"commune","agency",5000]
select "id", "name"
  from "units"
  where "archived" = $1 and "id" in ($2, $3)
  order by "name"
  limit $4;
  -- params: [false,"00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002",5000]

-- mailIntake.addSender
insert into "unit_mail_senders" ("unit_id", "pattern", "created_by")
  values ($1, $2, $3)
  on conflict ("pattern") do nothing;
  -- params: ["00000000-0000-4000-8000-0000000000a1","an@so-tttt.example.vn","00000000-0000-4000-8000-0000000000b1"]

-- mailIntake.alreadyHandled
select "id"
  from "mail_intake_messages"
  where "message_id" = $1 and "status" in ($2, $3, $4);
  -- params: ["<a1@so-tttt.example.vn>","filed","commented","pending"]

-- mailIntake.findMail
select "id", "message_id", "from_address", "from_name", "subject", "received_at", "status", "reason", "size", "sha256", "text_preview", "attachment_count", "incident_id", "unit_id", "handled_by", "handled_at"
  from "mail_intake_messages"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- mailIntake.incidentForThread
select "incident_id"
  from "incident_mail_ids"
  where "message_id" in ($1, $2)
  order by "created_at" desc;
  -- params: ["<a1@so-tttt.example.vn>","<b2@ungcuu.example.vn>"]

-- mailIntake.insertMail
insert into "mail_intake_messages" ("message_id", "from_address", "from_name", "subject", "received_at", "status", "reason", "size", "sha256", "raw", "remote_address")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  returning "id";
  -- params: ["<a1@so-tttt.example.vn>","an@so-tttt.example.vn","An","Máy chủ bị mã hoá","2026-12-05T08:00:00.000Z","pending",null,3,"ab",{"type":"Buffer","data":[114,97,119]},"127.0.0.1"]

-- mailIntake.listMails
select "id", "from_address", "from_name", "subject", "received_at", "status", "reason", "size", "text_preview", "attachment_count", "incident_id", "unit_id", "handled_at"
  from "mail_intake_messages"
  order by "received_at" desc, "id"
  limit $1
  offset $2;
  -- params: [25,0]
select count(*) as "n"
  from "mail_intake_messages";
select "id", "from_address", "from_name", "subject", "received_at", "status", "reason", "size", "text_preview", "attachment_count", "incident_id", "unit_id", "handled_at"
  from "mail_intake_messages"
  where "status" = $1
  order by "received_at" desc, "id"
  limit $2
  offset $3;
  -- params: ["quarantined",25,50]
select count(*) as "n"
  from "mail_intake_messages"
  where "status" = $1;
  -- params: ["quarantined"]

-- mailIntake.listSenders
select "pattern"
  from "unit_mail_senders"
  where "unit_id" = $1
  order by "pattern";
  -- params: ["00000000-0000-4000-8000-0000000000a1"]

-- mailIntake.lockMail
select *
  from "mail_intake_messages"
  where "id" = $1 for update;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- mailIntake.mailSendersOf
select distinct "from_address"
  from "mail_intake_messages"
  where "incident_id" = $1 and "status" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","filed"]

-- mailIntake.rawMessageOf
select "raw"
  from "mail_intake_messages"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- mailIntake.rememberMessageIds
insert into "incident_mail_ids" ("message_id", "incident_id", "direction")
  values ($1, $2, $3), ($4, $5, $6)
  on conflict ("message_id") do nothing;
  -- params: ["<a1@so-tttt.example.vn>","00000000-0000-4000-8000-000000000001","in","<b2@ungcuu.example.vn>","00000000-0000-4000-8000-000000000001","out"]

-- mailIntake.replaceSenders
delete from "unit_mail_senders"
  where "unit_id" = $1;
  -- params: ["00000000-0000-4000-8000-0000000000a1"]
insert into "unit_mail_senders" ("unit_id", "pattern", "created_by")
  values ($1, $2, $3), ($4, $5, $6);
  -- params: ["00000000-0000-4000-8000-0000000000a1","an@so-tttt.example.vn","00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-0000000000a1","@so-tttt.example.vn","00000000-0000-4000-8000-0000000000b1"]

-- mailIntake.sendersHeldElsewhere
select "pattern", "unit_id"
  from "unit_mail_senders"
  where "pattern" in ($1, $2) and "unit_id" <> $3;
  -- params: ["an@so-tttt.example.vn","@so-tttt.example.vn","00000000-0000-4000-8000-0000000000a1"]

-- mailIntake.unitForSender
select "s"."unit_id", "s"."pattern"
  from "unit_mail_senders" as "s"
  inner join "units" as "u" on "u"."id" = "s"."unit_id"
  where "s"."pattern" in ($1, $2) and "u"."archived" = $3;
  -- params: ["an@so-tttt.example.vn","@so-tttt.example.vn",false]

-- mailIntake.updateMail
update "mail_intake_messages"
  set "status" = $1, "incident_id" = $2, "unit_id" = $3, "handled_by" = $4, "handled_at" = $5, "raw" = $6, "version" = "version" + $7
  where "id" = $8;
  -- params: ["filed","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z",null,1,"00000000-0000-4000-8000-000000000001"]

-- mailIntake.userForSender
select "id", "unit_id", "roles", "full_name"
  from "users"
  where lower("email") = $1 and "disabled" = $2
  order by "created_at";
  -- params: ["an@so-tttt.example.vn",false]

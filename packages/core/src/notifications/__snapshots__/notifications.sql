-- notification.countVisible
select count(*) as "n", count("id") filter(where "read_at" is null) as "unread"
  from "notifications"
  where ("user_id" = $1 or ("user_id" is null and "unit_id" = $2));
  -- params: ["00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-0000000000a1"]

-- notification.findNotification
select *
  from "notifications"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- notification.listVisible
select *
  from "notifications"
  where ("user_id" = $1 or ("user_id" is null and "unit_id" = $2))
  order by "created_at" desc, "id"
  limit $3
  offset $4;
  -- params: ["00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-0000000000a1",20,0]
select *
  from "notifications"
  where ("user_id" = $1 or ("user_id" is null and "unit_id" = $2)) and "read_at" is null
  order by "created_at" desc, "id"
  limit $3
  offset $4;
  -- params: ["00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-0000000000a1",20,40]

-- notification.markNotificationRead
update "notifications"
  set "read_at" = $1
  where "id" = $2
  returning *;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- outbox.claimDue

    update notification_outbox
  set status = 'sending', attempts = attempts + 1, locked_until = $1
   
  where id in (
      select id
  from notification_outbox
     
  where (status = 'pending' and next_attempt_at <= $2)
         or (status = 'sending' and locked_until < $3)
     
  order by next_attempt_at
     
  limit $4
     
  for update skip locked)
   
  returning *;
  -- params: ["2026-12-05T08:05:00.000Z","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z",20]

-- outbox.markFailed
update "notification_outbox"
  set "status" = $1, "next_attempt_at" = $2, "locked_until" = $3, "last_error" = $4
  where "id" = $5;
  -- params: ["pending","2026-12-05T08:00:00.000Z",null,"connection refused","00000000-0000-4000-8000-000000000001"]
insert into "notification_deliveries" ("outbox_id", "attempt", "at", "ok", "error", "duration_ms")
  values ($1, $2, $3, $4, $5, $6);
  -- params: ["00000000-0000-4000-8000-000000000001",2,"2026-12-05T08:00:00.000Z",false,"connection refused",8]
update "notification_outbox"
  set "status" = $1, "next_attempt_at" = $2, "locked_until" = $3, "last_error" = $4
  where "id" = $5;
  -- params: ["failed","2026-12-05T08:00:00.000Z",null,"connection refused","00000000-0000-4000-8000-000000000001"]
insert into "notification_deliveries" ("outbox_id", "attempt", "at", "ok", "error", "duration_ms")
  values ($1, $2, $3, $4, $5, $6);
  -- params: ["00000000-0000-4000-8000-000000000001",2,"2026-12-05T08:00:00.000Z",false,"connection refused",8]

-- outbox.markSent
update "notification_outbox"
  set "status" = $1, "sent_at" = $2, "locked_until" = $3, "last_error" = $4
  where "id" = $5;
  -- params: ["sent","2026-12-05T08:00:00.000Z",null,null,"00000000-0000-4000-8000-000000000001"]
insert into "notification_deliveries" ("outbox_id", "attempt", "at", "ok", "error", "duration_ms")
  values ($1, $2, $3, $4, $5, $6);
  -- params: ["00000000-0000-4000-8000-000000000001",2,"2026-12-05T08:00:00.000Z",true,null,12]

-- recipients.enabledEndpoints
select *
  from "notification_endpoints"
  where "enabled" = $1
  order by "created_at";
  -- params: [true]

-- recipients.findRecipientUsers
select "u"."id", "u"."unit_id", "u"."email", "u"."locale", "p"."prefs", "un"."type"
  from "users" as "u"
  inner join "units" as "un" on "un"."id" = "u"."unit_id"
  left join "notification_preferences" as "p" on "p"."user_id" = "u"."id"
  where "u"."disabled" = $1 and ("u"."id" in ($2) or "u"."unit_id" in ($3) or ("u"."unit_id" in ($4) and 'unit_officer' = any(u.roles)) or ("un"."type" = $5 and "un"."archived" = $6 and 'coordinator' = any(u.roles)) or $7 = any(u.roles))
  order by "u"."id";
  -- params: [false,"00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","focal_office",false,"coordinator"]
select "u"."id", "u"."unit_id", "u"."email", "u"."locale", "p"."prefs", "un"."type"
  from "users" as "u"
  inner join "units" as "un" on "un"."id" = "u"."unit_id"
  left join "notification_preferences" as "p" on "p"."user_id" = "u"."id"
  where "u"."disabled" = $1 and "u"."id" in ($2)
  order by "u"."id";
  -- params: [false,"00000000-0000-4000-8000-0000000000b1"]

-- reminders.backupFocalEmails

    select distinct focal_backup->>'email' as email
  from units
   
  where type = 'focal_office' and not archived and coalesce(focal_backup->>'email', '') <> '';

-- reminders.contractsEndingBetween
select "c"."id", "c"."unit_id", "c"."provider", "c"."scope", "c"."ends_on"
  from "readiness_contracts" as "c"
  where "c"."ends_on" >= $1 and "c"."ends_on" <= $2
  order by "c"."ends_on"
  limit $3;
  -- params: ["2026-12-05","2027-01-04",500]

-- reminders.digestReaders
select "u"."id", "u"."unit_id", "u"."email", "u"."locale"
  from "notification_preferences" as "p"
  inner join "users" as "u" on "u"."id" = "p"."user_id"
  where (p.prefs->>'digest')::boolean and "u"."disabled" = $1 and "u"."email" is not null
  limit $2;
  -- params: [false,5000]

-- reminders.inspectionsPlannedBetween
select "id", "unit_id", "year", "planned_on"
  from "inspections"
  where "status" = $1 and "planned_on" >= $2 and "planned_on" <= $3
  order by "planned_on"
  limit $4;
  -- params: ["planned","2026-12-05","2026-12-12",500]

-- reminders.unacknowledgedUrgent
select "id", "code", "title", "tier", "reported_at"
  from "incidents"
  where "state" = $1 and "tier" in ($2, $3) and "reported_at" <= $4
  order by "reported_at"
  limit $5;
  -- params: ["new","T3","T4","2026-12-05T08:00:00.000Z",200]

-- reminders.unreadSince
select "kind", "title", "link", "created_at"
  from "notifications"
  where ("user_id" = $1 or ("user_id" is null and "unit_id" = $2)) and "read_at" is null and "created_at" >= $3
  order by "created_at" desc
  limit $4;
  -- params: ["00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z",50]

-- settings.deleteEndpoint
delete from "notification_endpoints"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- settings.deliveriesOfEndpoint
select "d"."id", "d"."outbox_id", "d"."attempt", "d"."at", "d"."ok", "d"."error", "d"."duration_ms", "o"."kind", "o"."status"
  from "notification_deliveries" as "d"
  inner join "notification_outbox" as "o" on "o"."id" = "d"."outbox_id"
  where "o"."endpoint_id" = $1
  order by "d"."at" desc
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000002",50]

-- settings.emailOfUser
select "email"
  from "users"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-0000000000b1"]

-- settings.findEndpoint
select *
  from "notification_endpoints"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- settings.findOutbox
select "id", "channel", "recipient", "status", "attempts", "last_error", "sent_at", "created_at", "user_id"
  from "notification_outbox"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- settings.findPrefs
select "prefs"
  from "notification_preferences"
  where "user_id" = $1;
  -- params: ["00000000-0000-4000-8000-0000000000b1"]

-- settings.insertEndpoint
insert into "notification_endpoints" ("kind", "name", "url", "secret", "config", "kinds", "min_tier", "enabled", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning *;
  -- params: ["webhook","SOC","https://soc.example/hook",null,"{}",["incident.reported"],3,true,"2026-12-05T08:00:00.000Z"]

-- settings.listEndpoints
select *
  from "notification_endpoints"
  order by "created_at", "id"
  limit $1;
  -- params: [200]

-- settings.noticeAddressee
select "user_id", "unit_id"
  from "notifications"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- settings.outboxOfNotice
select "id", "channel", "recipient", "status", "attempts", "last_error", "sent_at", "created_at", "user_id"
  from "notification_outbox"
  where "notification_id" = $1 and "user_id" = $2
  order by "created_at"
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000b1",50]
select "id", "channel", "recipient", "status", "attempts", "last_error", "sent_at", "created_at", "user_id"
  from "notification_outbox"
  where "notification_id" = $1
  order by "created_at"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",50]

-- settings.savePrefs
insert into "notification_preferences" ("user_id", "prefs", "updated_at")
  values ($1, $2, $3)
  on conflict ("user_id") do update
  set "prefs" = $4, "updated_at" = $5;
  -- params: ["00000000-0000-4000-8000-0000000000b1","{\"digest\":true}","2026-12-05T08:00:00.000Z","{\"digest\":true}","2026-12-05T08:00:00.000Z"]

-- settings.updateEndpoint
update "notification_endpoints"
  set "kind" = $1, "name" = $2, "url" = $3, "secret" = $4, "config" = $5, "kinds" = $6, "min_tier" = $7, "enabled" = $8, "updated_at" = $9
  where "id" = $10
  returning *;
  -- params: ["webhook","SOC","https://soc.example/hook",null,"{}",["incident.reported"],3,true,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

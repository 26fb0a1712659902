-- alert.activeSuppressions
select *
  from "alert_suppressions"
  where ("expires_at" is null or "expires_at" > $1)
  limit $2;
  -- params: ["2026-12-05T08:00:00.000Z",10000]

-- alert.addSuppressionHits

    update alert_suppressions s
  set hits = s.hits + x.n
   
  from jsonb_to_recordset($1::jsonb) as x(id uuid, n integer)
   
  where s.id = x.id;
  -- params: ["[{\"id\":\"00000000-0000-4000-8000-000000000001\",\"n\":3}]"]

-- alert.alertsOfGroups
select "a"."id", "a"."received_at", "a"."occurred_at", "a"."source_id", "a"."external_id", "a"."fingerprint", "a"."status", "a"."severity", "a"."rule_id", "a"."rule_name", "a"."category", "a"."host", "a"."ip", "a"."src_ip", "a"."dest_ip", "a"."url", "a"."agent", "a"."message", "a"."resolved", "a"."host_key", "a"."system_id", "a"."unit_id", "a"."group_id", "src"."name" as "source_name", "src"."kind" as "source_kind", "s"."name" as "system_name", "u"."name" as "unit_name"
  from "alerts" as "a"
  inner join "alert_sources" as "src" on "src"."id" = "a"."source_id"
  left join "information_systems" as "s" on "s"."id" = "a"."system_id"
  left join "units" as "u" on "u"."id" = "a"."unit_id"
  where "a"."group_id" in ($1)
  order by "a"."received_at" desc, "a"."id" desc
  limit $2
  offset $3;
  -- params: ["00000000-0000-4000-8000-000000000001",50,0]
select count(*) as "n"
  from "alerts"
  where "group_id" in ($1);
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.applyGroupDeltas

    with x as (
      select *
  from jsonb_to_recordset($1::jsonb) as x(id uuid, status text,
        severity smallint, system_id uuid, unit_id uuid, count integer, suppressed_count integer,
        last_seen timestamptz)
    ), locked as (
      select g.id
  from alert_groups g
  where g.id in (select id
  from x)
  order by g.id
  for update     )
    update alert_groups g
  set       count = g.count + x.count,
      suppressed_count = g.suppressed_count + x.suppressed_count,
      severity = greatest(g.severity,
        case when x.status = 'open' or g.status = 'suppressed' or g.count = 0 then x.severity else 0 end),
      status = case when x.status = 'open' and g.status <> 'closed' then 'open' else g.status end,
      last_seen = greatest(g.last_seen, x.last_seen),
      system_id = coalesce(g.system_id, x.system_id),
      unit_id = coalesce(g.unit_id, x.unit_id),
      updated_at = $2::timestamptz
   
  from x
  where g.id = x.id and g.id in (select id
  from locked)
   
  returning g.id, g.fingerprint, g.status, g.severity, g.count, g.unit_id, g.system_id, g.incident_id,
      g.incident_filing_at, g.last_timeline_at, g.timeline_count;
  -- params: ["[{\"fingerprint\":\"fp\",\"status\":\"open\",\"severity\":3,\"rule_id\":\"5712\",\"rule_name\":\"sshd brute force\",\"category\":null,\"host_key\":\"web-01\",\"system_id\":\"00000000-0000-4000-8000-000000000002\",\"unit_id\":\"00000000-0000-4000-8000-0000000000a1\",\"count\":2,\"suppressed_count\":0,\"first_seen\":\"2026-12-05T08:00:00.000Z\",\"last_seen\":\"2026-12-05T08:00:00.000Z\",\"id\":\"00000000-0000-4000-8000-000000000002\"}]","2026-12-05T08:00:00.000Z"]

-- alert.claimForManualFiling
update "alert_groups"
  set "incident_filing_at" = $1
  where "id" = $2 and "incident_id" is null and ("incident_filing_at" is null or "incident_filing_at" < $3)
  returning "id";
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001","2026-12-05T08:00:00.000Z"]

-- alert.claimIncidentFiling
update "alert_groups"
  set "incident_filing_at" = $1
  where "id" in ($2) and "incident_id" is null and "incident_filing_at" is null
  returning "id";
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- alert.closeGroup
update "alert_groups"
  set "status" = $1, "updated_at" = $2
  where "id" = $3;
  -- params: ["closed","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- alert.closeStaleGroups
update "alert_groups"
  set "status" = $1, "updated_at" = now()
  where "source_id" = $2 and "fingerprint" in ($3) and "status" <> $4 and "last_seen" < $5;
  -- params: ["closed","00000000-0000-4000-8000-000000000001","fp","closed","2026-12-05T08:00:00.000Z"]

-- alert.countSourceTraffic
update "alert_sources"
  set "received" = "received" + $1, "refused" = "refused" + $2, "last_received_at" = $3
  where "id" = $4;
  -- params: [5,0,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- alert.createPartitions
select count(*)::int as n
  from pg_class
  where relname = $1;
  -- params: ["alerts_p20261205"]
create table if not exists "alerts_p20261205" partition of alerts
                for
  values from ('2026-12-05T00:00:00.000Z') to ('2026-12-06T00:00:00.000Z');

-- alert.currentMaintenance
select *
  from "alert_maintenance_windows"
  where "ends_at" > $1 and "starts_at" <= $2
  limit $3;
  -- params: ["2026-12-05T08:00:00.000Z","2026-12-05T09:00:00.000Z",10000]

-- alert.deleteMaintenance
delete from "alert_maintenance_windows"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.deleteReceiptsBefore
delete from "alert_receipts"
  where "received_at" < $1;
  -- params: ["2026-12-05T08:00:00.000Z"]

-- alert.deleteSource
delete from "alert_sources"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.deleteSuppression
delete from "alert_suppressions"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.deleteUnmapped
delete from "alert_unmapped"
  where "value" = $1;
  -- params: ["web-01"]

-- alert.dropPartitionsBefore

    select c.relname as name
  from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    join pg_class p on p.oid = i.inhparent
   
  where p.relname = 'alerts'
  order by c.relname;
drop table "alerts_p20260101";

-- alert.findAlert
select "a"."id", "a"."received_at", "a"."occurred_at", "a"."source_id", "a"."external_id", "a"."fingerprint", "a"."status", "a"."severity", "a"."rule_id", "a"."rule_name", "a"."category", "a"."host", "a"."ip", "a"."src_ip", "a"."dest_ip", "a"."url", "a"."agent", "a"."message", "a"."resolved", "a"."host_key", "a"."system_id", "a"."unit_id", "a"."group_id", "src"."name" as "source_name", "src"."kind" as "source_kind", "s"."name" as "system_name", "u"."name" as "unit_name", "a"."raw"
  from "alerts" as "a"
  inner join "alert_sources" as "src" on "src"."id" = "a"."source_id"
  left join "information_systems" as "s" on "s"."id" = "a"."system_id"
  left join "units" as "u" on "u"."id" = "a"."unit_id"
  where "a"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.findGroup
select "g".*, "src"."name" as "source_name", "src"."kind" as "source_kind", "src"."unit_id" as "source_unit_id", "s"."name" as "system_name", "u"."name" as "unit_name", "i"."code" as "incident_code"
  from "alert_groups" as "g"
  inner join "alert_sources" as "src" on "src"."id" = "g"."source_id"
  left join "information_systems" as "s" on "s"."id" = "g"."system_id"
  left join "units" as "u" on "u"."id" = "g"."unit_id"
  left join "incidents" as "i" on "i"."id" = "g"."incident_id"
  where "g"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.findGroups
select "g".*, "src"."name" as "source_name", "src"."kind" as "source_kind", "src"."unit_id" as "source_unit_id", "s"."name" as "system_name", "u"."name" as "unit_name", "i"."code" as "incident_code"
  from "alert_groups" as "g"
  inner join "alert_sources" as "src" on "src"."id" = "g"."source_id"
  left join "information_systems" as "s" on "s"."id" = "g"."system_id"
  left join "units" as "u" on "u"."id" = "g"."unit_id"
  left join "incidents" as "i" on "i"."id" = "g"."incident_id"
  where "g"."id" in ($1, $2);
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- alert.findMaintenance
select "w".*, "s"."name" as "system_name", "u"."name" as "unit_name"
  from "alert_maintenance_windows" as "w"
  inner join "information_systems" as "s" on "s"."id" = "w"."system_id"
  inner join "units" as "u" on "u"."id" = "w"."unit_id"
  where "w"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.findSource
select "s".*, "u"."name" as "unit_name", "t"."name" as "token_name"
  from "alert_sources" as "s"
  inner join "units" as "u" on "u"."id" = "s"."unit_id"
  left join "api_tokens" as "t" on "t"."id" = "s"."token_id"
  where "s"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.findSourceByName
select *
  from "alert_sources"
  where "kind" = $1 and "name" = $2;
  -- params: ["syslog","10.0.0.1"]

-- alert.findSourceByToken
select *
  from "alert_sources"
  where "token_id" = $1 and "kind" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","wazuh"]

-- alert.findSuppression
select "x".*, "src"."name" as "source_name", "us"."full_name" as "created_by_name"
  from "alert_suppressions" as "x"
  left join "alert_sources" as "src" on "src"."id" = "x"."source_id"
  left join "users" as "us" on "us"."id" = "x"."created_by"
  where "x"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.groupsOfIncident
select "g".*, "src"."name" as "source_name", "src"."kind" as "source_kind", "src"."unit_id" as "source_unit_id", "s"."name" as "system_name", "u"."name" as "unit_name", "i"."code" as "incident_code"
  from "alert_groups" as "g"
  inner join "alert_sources" as "src" on "src"."id" = "g"."source_id"
  left join "information_systems" as "s" on "s"."id" = "g"."system_id"
  left join "units" as "u" on "u"."id" = "g"."unit_id"
  left join "incidents" as "i" on "i"."id" = "g"."incident_id"
  where "g"."incident_id" = $1
  order by "g"."first_seen"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",200]

-- alert.hostAliases
select "a"."value", "a"."system_id", "s"."owner_unit_id"
  from "alert_host_aliases" as "a"
  inner join "information_systems" as "s" on "s"."id" = "a"."system_id"
  limit $1;
  -- params: [100000]

-- alert.insertAlerts

    insert into alerts (id, received_at, occurred_at, source_id, external_id, fingerprint, status, severity,
      rule_id, rule_name, category, host, ip, src_ip, dest_ip, url, agent, message, resolved, host_key,
      system_id, unit_id, group_id, raw)
    select x.id, $1::timestamptz, x.occurred_at, $2::uuid, x.external_id, x.fingerprint,
      x.status, x.severity, x.rule_id, x.rule_name, x.category, x.host, x.ip, x.src_ip, x.dest_ip, x.url,
      x.agent, x.message, x.resolved, x.host_key, x.system_id, x.unit_id, x.group_id, x.raw
   
  from jsonb_to_recordset($3::jsonb) as x(id uuid, occurred_at timestamptz,
      external_id text, fingerprint text, status text, severity smallint, rule_id text, rule_name text,
      category text, host text, ip text, src_ip text, dest_ip text, url text, agent text, message text,
      resolved boolean, host_key text, system_id uuid, unit_id uuid, group_id uuid, raw jsonb);
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001","[{\"id\":\"00000000-0000-4000-8000-000000000001\",\"occurred_at\":\"2026-12-05T08:00:00.000Z\",\"external_id\":\"x-1\",\"fingerprint\":\"fp\",\"status\":\"accepted\",\"severity\":3,\"rule_id\":\"5712\",\"rule_name\":\"sshd brute force\",\"category\":\"authentication_failures\",\"host\":\"web-01\",\"ip\":\"10.0.0.5\",\"src_ip\":\"203.0.113.7\",\"dest_ip\":null,\"url\":null,\"agent\":\"web-01\",\"message\":null,\"resolved\":false,\"host_key\":\"web-01\",\"system_id\":\"00000000-0000-4000-8000-000000000002\",\"unit_id\":\"00000000-0000-4000-8000-0000000000a1\",\"group_id\":\"00000000-0000-4000-8000-000000000001\",\"raw\":{\"rule\":{\"id\":\"5712\"}}}]"]

-- alert.insertAlias
insert into "alert_host_aliases" ("value", "system_id", "created_by")
  values ($1, $2, $3)
  on conflict ("value") do update
  set "system_id" = $4, "created_by" = $5;
  -- params: ["web-01","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000b1","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000b1"]

-- alert.insertMaintenance
insert into "alert_maintenance_windows" ("system_id", "unit_id", "starts_at", "ends_at", "reason", "created_by")
  values ($1, $2, $3, $4, $5, $6)
  returning "id";
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","upgrade","00000000-0000-4000-8000-0000000000b1"]

-- alert.insertReceipts

    insert into alert_receipts (source_id, external_id, received_at)
    select $1::uuid, x, $2::timestamptz
  from unnest($3::text[]) as x
   
  on conflict do nothing
   
  returning external_id;
  -- params: ["00000000-0000-4000-8000-000000000001","2026-12-05T08:00:00.000Z",["a","b"]]

-- alert.insertSource
insert into "alert_sources" ("kind", "name", "token_id", "unit_id", "fingerprint_fields")
  values ($1, $2, $3, $4, $5)
  on conflict do nothing
  returning *;
  -- params: ["wazuh","Wazuh","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1",null]
select *
  from "alert_sources"
  where ("token_id" = $1 and "kind" = $2);
  -- params: ["00000000-0000-4000-8000-000000000001","wazuh"]

-- alert.insertSuppression
insert into "alert_suppressions" ("source_id", "rule_id", "host", "fingerprint", "reason", "expires_at", "created_by")
  values ($1, $2, $3, $4, $5, $6, $7)
  returning "id";
  -- params: [null,"5712",null,null,"noise",null,"00000000-0000-4000-8000-0000000000b1"]

-- alert.listAlerts
select "a"."id", "a"."received_at", "a"."occurred_at", "a"."source_id", "a"."external_id", "a"."fingerprint", "a"."status", "a"."severity", "a"."rule_id", "a"."rule_name", "a"."category", "a"."host", "a"."ip", "a"."src_ip", "a"."dest_ip", "a"."url", "a"."agent", "a"."message", "a"."resolved", "a"."host_key", "a"."system_id", "a"."unit_id", "a"."group_id", "src"."name" as "source_name", "src"."kind" as "source_kind", "s"."name" as "system_name", "u"."name" as "unit_name"
  from "alerts" as "a"
  inner join "alert_sources" as "src" on "src"."id" = "a"."source_id"
  left join "information_systems" as "s" on "s"."id" = "a"."system_id"
  left join "units" as "u" on "u"."id" = "a"."unit_id"
  order by "a"."received_at" desc, "a"."id" desc
  limit $1
  offset $2;
  -- params: [50,0]
select count(*)::int as n
  from ((select "a"."id"
  from "alerts" as "a"
  inner join "alert_sources" as "src" on "src"."id" = "a"."source_id"
  left join "information_systems" as "s" on "s"."id" = "a"."system_id"
  left join "units" as "u" on "u"."id" = "a"."unit_id"
  limit $1)) as c;
  -- params: [10000]
select "a"."id", "a"."received_at", "a"."occurred_at", "a"."source_id", "a"."external_id", "a"."fingerprint", "a"."status", "a"."severity", "a"."rule_id", "a"."rule_name", "a"."category", "a"."host", "a"."ip", "a"."src_ip", "a"."dest_ip", "a"."url", "a"."agent", "a"."message", "a"."resolved", "a"."host_key", "a"."system_id", "a"."unit_id", "a"."group_id", "src"."name" as "source_name", "src"."kind" as "source_kind", "s"."name" as "system_name", "u"."name" as "unit_name"
  from "alerts" as "a"
  inner join "alert_sources" as "src" on "src"."id" = "a"."source_id"
  left join "information_systems" as "s" on "s"."id" = "a"."system_id"
  left join "units" as "u" on "u"."id" = "a"."unit_id"
  where "a"."unit_id" = $1 and "a"."unit_id" = $2 and "a"."system_id" = $3 and "a"."source_id" = $4 and "a"."group_id" = $5 and "a"."severity" >= $6 and "a"."status" = $7 and "a"."system_id" is null and "a"."received_at" >= $8 and "a"."received_at" < $9 and ("a"."rule_name" ilike $10 or "a"."host_key" ilike $11 or "a"."message" ilike $12)
  order by "a"."received_at" desc, "a"."id" desc
  limit $13
  offset $14;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001",3,"accepted","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","%50\\%\\_off%","%50\\%\\_off%","%50\\%\\_off%",20,40]
select count(*)::int as n
  from ((select "a"."id"
  from "alerts" as "a"
  inner join "alert_sources" as "src" on "src"."id" = "a"."source_id"
  left join "information_systems" as "s" on "s"."id" = "a"."system_id"
  left join "units" as "u" on "u"."id" = "a"."unit_id"
  where "a"."unit_id" = $1 and "a"."unit_id" = $2 and "a"."system_id" = $3 and "a"."source_id" = $4 and "a"."group_id" = $5 and "a"."severity" >= $6 and "a"."status" = $7 and "a"."system_id" is null and "a"."received_at" >= $8 and "a"."received_at" < $9 and ("a"."rule_name" ilike $10 or "a"."host_key" ilike $11 or "a"."message" ilike $12)
  limit $13)) as c;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001",3,"accepted","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","%50\\%\\_off%","%50\\%\\_off%","%50\\%\\_off%",10000]

-- alert.listAliases
select "a"."value", "a"."system_id", "a"."created_at", "s"."name" as "system_name"
  from "alert_host_aliases" as "a"
  inner join "information_systems" as "s" on "s"."id" = "a"."system_id"
  order by "a"."value"
  limit $1;
  -- params: [5000]

-- alert.listGroups
select "g".*, "src"."name" as "source_name", "src"."kind" as "source_kind", "src"."unit_id" as "source_unit_id", "s"."name" as "system_name", "u"."name" as "unit_name", "i"."code" as "incident_code"
  from "alert_groups" as "g"
  inner join "alert_sources" as "src" on "src"."id" = "g"."source_id"
  left join "information_systems" as "s" on "s"."id" = "g"."system_id"
  left join "units" as "u" on "u"."id" = "g"."unit_id"
  left join "incidents" as "i" on "i"."id" = "g"."incident_id"
  order by "g"."first_seen" desc, "g"."id"
  limit $1
  offset $2;
  -- params: [50,0]
select count(*) as "n"
  from "alert_groups" as "g"
  inner join "alert_sources" as "src" on "src"."id" = "g"."source_id"
  left join "information_systems" as "s" on "s"."id" = "g"."system_id"
  left join "units" as "u" on "u"."id" = "g"."unit_id"
  left join "incidents" as "i" on "i"."id" = "g"."incident_id";
select "g".*, "src"."name" as "source_name", "src"."kind" as "source_kind", "src"."unit_id" as "source_unit_id", "s"."name" as "system_name", "u"."name" as "unit_name", "i"."code" as "incident_code"
  from "alert_groups" as "g"
  inner join "alert_sources" as "src" on "src"."id" = "g"."source_id"
  left join "information_systems" as "s" on "s"."id" = "g"."system_id"
  left join "units" as "u" on "u"."id" = "g"."unit_id"
  left join "incidents" as "i" on "i"."id" = "g"."incident_id"
  where "g"."unit_id" = $1 and "g"."unit_id" = $2 and "g"."system_id" = $3 and "g"."source_id" = $4 and "g"."status" = $5 and "g"."severity" >= $6 and "g"."incident_id" is null and ("g"."rule_name" ilike $7 or "g"."host_key" ilike $8)
  order by "g"."first_seen" desc, "g"."id"
  limit $9
  offset $10;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001","open",2,"%ssh%","%ssh%",50,0]
select count(*) as "n"
  from "alert_groups" as "g"
  inner join "alert_sources" as "src" on "src"."id" = "g"."source_id"
  left join "information_systems" as "s" on "s"."id" = "g"."system_id"
  left join "units" as "u" on "u"."id" = "g"."unit_id"
  left join "incidents" as "i" on "i"."id" = "g"."incident_id"
  where "g"."unit_id" = $1 and "g"."unit_id" = $2 and "g"."system_id" = $3 and "g"."source_id" = $4 and "g"."status" = $5 and "g"."severity" >= $6 and "g"."incident_id" is null and ("g"."rule_name" ilike $7 or "g"."host_key" ilike $8);
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001","open",2,"%ssh%","%ssh%"]

-- alert.listMaintenance
select "w".*, "s"."name" as "system_name", "u"."name" as "unit_name"
  from "alert_maintenance_windows" as "w"
  inner join "information_systems" as "s" on "s"."id" = "w"."system_id"
  inner join "units" as "u" on "u"."id" = "w"."unit_id"
  where "w"."ends_at" > $1
  order by "w"."starts_at" desc, "w"."id"
  limit $2;
  -- params: ["2026-12-05T08:00:00.000Z",1000]
select "w".*, "s"."name" as "system_name", "u"."name" as "unit_name"
  from "alert_maintenance_windows" as "w"
  inner join "information_systems" as "s" on "s"."id" = "w"."system_id"
  inner join "units" as "u" on "u"."id" = "w"."unit_id"
  where "w"."unit_id" = $1 and "w"."system_id" = $2
  order by "w"."starts_at" desc, "w"."id"
  limit $3;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000001",1000]

-- alert.listPartitions

    select c.relname as name
  from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    join pg_class p on p.oid = i.inhparent
   
  where p.relname = 'alerts'
  order by c.relname;

-- alert.listSources
select "s".*, "u"."name" as "unit_name", "t"."name" as "token_name"
  from "alert_sources" as "s"
  inner join "units" as "u" on "u"."id" = "s"."unit_id"
  left join "api_tokens" as "t" on "t"."id" = "s"."token_id"
  order by "s"."name", "s"."id"
  limit $1;
  -- params: [1000]

-- alert.listSuppressions
select "x".*, "src"."name" as "source_name", "us"."full_name" as "created_by_name"
  from "alert_suppressions" as "x"
  left join "alert_sources" as "src" on "src"."id" = "x"."source_id"
  left join "users" as "us" on "us"."id" = "x"."created_by"
  order by "x"."created_at" desc, "x"."id"
  limit $1;
  -- params: [1000]

-- alert.listUnmapped
select "m".*, "src"."name" as "last_source_name"
  from "alert_unmapped" as "m"
  left join "alert_sources" as "src" on "src"."id" = "m"."last_source_id"
  where "m"."value" ilike $1
  order by "m"."last_seen" desc, "m"."value"
  limit $2
  offset $3;
  -- params: ["%web%",50,0]
select count(*) as "n"
  from "alert_unmapped" as "m"
  left join "alert_sources" as "src" on "src"."id" = "m"."last_source_id"
  where "m"."value" ilike $1;
  -- params: ["%web%"]

-- alert.liveGroupIds
select "id", "fingerprint"
  from "alert_groups"
  where "source_id" = $1 and "fingerprint" in ($2) and "status" <> $3;
  -- params: ["00000000-0000-4000-8000-000000000001","fp","closed"]

-- alert.lockPartitions
select pg_advisory_xact_lock($1);
  -- params: [7282110]

-- alert.markTimelineWritten

    update alert_groups g
  set last_timeline_at = $1::timestamptz, timeline_count = x.count
   
  from jsonb_to_recordset($2::jsonb) as x(id uuid, count integer)
   
  where g.id = x.id;
  -- params: ["2026-12-05T08:00:00.000Z","[{\"id\":\"00000000-0000-4000-8000-000000000001\",\"count\":4}]"]

-- alert.reclaimStaleFilings
update "alert_groups"
  set "incident_filing_at" = $1
  where "incident_id" is null and "incident_filing_at" < $2 and "status" = $3
  returning "id";
  -- params: ["2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","open"]

-- alert.remapHost
update "alerts"
  set "system_id" = $1, "unit_id" = $2
  where "host_key" = $3 and "system_id" is null and "received_at" >= $4;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1","web-01","2026-12-05T08:00:00.000Z"]
update "alert_groups"
  set "system_id" = $1, "unit_id" = $2, "updated_at" = now()
  where "host_key" = $3 and "system_id" is null;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1","web-01"]

-- alert.setGroupIncident
update "alert_groups"
  set "incident_id" = $1, "last_timeline_at" = $2, "updated_at" = $3
  where "id" = $4 and "incident_id" is null
  returning "id", "count";
  -- params: ["00000000-0000-4000-8000-000000000002","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- alert.sourceHasGroups
select "id"
  from "alert_groups"
  where "source_id" = $1
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",1]

-- alert.startGroups

    insert into alert_groups as g (source_id, fingerprint, status, severity, rule_id, rule_name, category,
      host_key, system_id, unit_id, count, suppressed_count, first_seen, last_seen, updated_at)
    select $1::uuid, x.fingerprint, x.status, 0, x.rule_id, x.rule_name, x.category,
      x.host_key, x.system_id, x.unit_id, 0, 0, x.first_seen, x.last_seen, $2::timestamptz
   
  from jsonb_to_recordset($3::jsonb) as x(fingerprint text, status text,
      rule_id text, rule_name text, category text, host_key text, system_id uuid, unit_id uuid,
      first_seen timestamptz, last_seen timestamptz)
   
  order by x.fingerprint
   
  on conflict (source_id, fingerprint)
  where status <> 'closed' do nothing;
  -- params: ["00000000-0000-4000-8000-000000000001","2026-12-05T08:00:00.000Z","[{\"fingerprint\":\"fp\",\"status\":\"open\",\"severity\":3,\"rule_id\":\"5712\",\"rule_name\":\"sshd brute force\",\"category\":null,\"host_key\":\"web-01\",\"system_id\":\"00000000-0000-4000-8000-000000000002\",\"unit_id\":\"00000000-0000-4000-8000-0000000000a1\",\"count\":2,\"suppressed_count\":0,\"first_seen\":\"2026-12-05T08:00:00.000Z\",\"last_seen\":\"2026-12-05T08:00:00.000Z\"}]"]

-- alert.systemAddresses
select "s"."id", "s"."owner_unit_id", "s"."addresses"
  from "information_systems" as "s"
  limit $1;
  -- params: [100000]

-- alert.systemOwner
select "id", "name", "owner_unit_id"
  from "information_systems"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.tokenOwner
select "t"."id", "t"."name", "u"."unit_id"
  from "api_tokens" as "t"
  inner join "users" as "u" on "u"."id" = "t"."user_id"
  where "t"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- alert.updateMaintenance
update "alert_maintenance_windows"
  set "reason" = $1
  where "id" = $2;
  -- params: ["x","00000000-0000-4000-8000-000000000001"]

-- alert.updateSource
update "alert_sources"
  set "enabled" = $1
  where "id" = $2
  returning *;
  -- params: [false,"00000000-0000-4000-8000-000000000001"]

-- alert.updateSuppression
update "alert_suppressions"
  set "reason" = $1
  where "id" = $2;
  -- params: ["x","00000000-0000-4000-8000-000000000001"]

-- alert.upsertUnmapped

    insert into alert_unmapped as u (value, kind, count, first_seen, last_seen, last_source_id)
    select x.value, x.kind, x.count, x.first_seen, x.last_seen, $1::uuid
   
  from jsonb_to_recordset($2::jsonb) as x(value text, kind text, count integer,
      first_seen timestamptz, last_seen timestamptz)
   
  on conflict (value) do update
  set count = u.count + excluded.count,
      last_seen = greatest(u.last_seen, excluded.last_seen), last_source_id = excluded.last_source_id;
  -- params: ["00000000-0000-4000-8000-000000000001","[{\"value\":\"web-01\",\"kind\":\"host\",\"count\":1,\"first_seen\":\"2026-12-05T08:00:00.000Z\",\"last_seen\":\"2026-12-05T08:00:00.000Z\"}]"]

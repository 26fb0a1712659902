-- systemProducts.deleteSystemProduct
delete from "system_products"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- systemProducts.findSystemProduct
select *
  from "system_products"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- systemProducts.insertSystemProducts
insert into "system_products" ("system_id", "vendor", "product", "version", "cpe", "product_key", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","Apache","HTTP Server","2.4.57",null,"http_server","2026-12-05T08:00:00.000Z"]

-- systemProducts.inventoryCandidates
select "p"."id", "p"."system_id", "s"."name" as "system_name", "s"."operating_unit_id" as "unit_id", "p"."vendor", "p"."product", "p"."version", "p"."cpe"
  from "system_products" as "p"
  inner join "information_systems" as "s" on "s"."id" = "p"."system_id"
  inner join "units" as "u" on "u"."id" = "s"."operating_unit_id"
  where "p"."product_key" in ($1, $2) and "s"."archived" = $3 and "u"."archived" = $4
  order by "s"."name", "p"."id";
  -- params: ["http_server","httpd",false,false]

-- systemProducts.productsOfSystem
select *
  from "system_products"
  where "system_id" = $1
  order by "vendor", "product", "id"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",500]

-- systemProducts.productsOfSystems
select "system_id", "vendor", "product", "version", "cpe"
  from "system_products"
  where "system_id" in ($1, $2)
  order by "system_id", "vendor", "product", "id";
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- systemProducts.updateSystemProduct
update "system_products"
  set "version" = $1, "updated_at" = $2
  where "id" = $3
  returning *;
  -- params: ["2.4.62","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- warningTargets.complianceRows
select "t".*, "u"."name" as "unit_name", coalesce(w.deadline < $1::date and t.status in ('sent', 'acknowledged'), false) as "overdue"
  from "warning_targets" as "t"
  inner join "units" as "u" on "u"."id" = "t"."unit_id"
  inner join "warnings" as "w" on "w"."id" = "t"."warning_id"
  where "t"."warning_id" = $2 and w.deadline < $3::date and "t"."status" in ($4, $5)
  order by case t.status when 'sent' then 0 when 'acknowledged' then 1 else 2 end, "u"."name", "t"."id"
  limit $6
  offset $7;
  -- params: ["2026-12-05","00000000-0000-4000-8000-000000000001","2026-12-05","sent","acknowledged",100,0]

-- warningTargets.evidenceCounts
select "unit_id", count(*) as "n"
  from "warning_files"
  where "warning_id" = $1 and "unit_id" in ($2)
  group by "unit_id";
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- warningTargets.findTarget
select *
  from "warning_targets"
  where "warning_id" = $1 and "unit_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- warningTargets.insertTargets
insert into "warning_targets" ("warning_id", "unit_id", "reason", "matched_systems", "updated_at")
  values ($1, $2, $3, $4, $5);
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1","product","[]","2026-12-05T08:00:00.000Z"]

-- warningTargets.leaderUsersOfUnits
select "id", "unit_id"
  from "users"
  where "unit_id" in ($1) and "disabled" = $2 and 'leader' = any(roles);
  -- params: ["00000000-0000-4000-8000-0000000000a1",false]

-- warningTargets.lockTarget
select *
  from "warning_targets"
  where "warning_id" = $1 and "unit_id" = $2 for update;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- warningTargets.markTargets
update "warning_targets"
  set "reminded_at" = $1
  where "id" in ($2);
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- warningTargets.targetCounts
select "t"."warning_id", "t"."status", count(*) as "n", count(*) filter (where w.deadline < $1::date and t.status in ('sent', 'acknowledged')) as "overdue"
  from "warning_targets" as "t"
  inner join "warnings" as "w" on "w"."id" = "t"."warning_id"
  where "t"."warning_id" in ($2)
  group by "t"."warning_id", "t"."status";
  -- params: ["2026-12-05","00000000-0000-4000-8000-000000000001"]

-- warningTargets.targetsOfUnit
select *
  from "warning_targets"
  where "warning_id" in ($1) and "unit_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- warningTargets.targetsToRemindOrEscalate
select "t"."id", "t"."warning_id", "t"."unit_id", "u"."name" as "unit_name", "w"."code", "w"."title", "w"."deadline", "t"."reminded_at", "t"."escalated_at"
  from "warning_targets" as "t"
  inner join "warnings" as "w" on "w"."id" = "t"."warning_id"
  inner join "units" as "u" on "u"."id" = "t"."unit_id"
  where "w"."status" = $1 and "t"."status" in ($2, $3) and "w"."deadline" is not null and (("t"."reminded_at" is null and "w"."deadline" <= $4::date and "w"."deadline" >= $5::date) or ("t"."escalated_at" is null and "w"."deadline" < $6::date))
  order by "w"."deadline", "t"."id"
  limit $7;
  -- params: ["published","sent","acknowledged","2026-12-07","2026-12-05","2026-12-05",5000]

-- warningTargets.unitsForTargeting
select "id", "name", "type"
  from "units"
  where "archived" = $1 and ("type" <> $2 or "id" in ($3))
  order by "name", "id";
  -- params: [false,"external","00000000-0000-4000-8000-0000000000a1"]

-- warningTargets.updateTarget
update "warning_targets"
  set "status" = $1, "updated_at" = $2
  where "id" = $3
  returning *;
  -- params: ["done","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- warningTargets.warningsOfUnit
select "w"."id", "w"."code", "w"."title", "w"."severity", "w"."deadline", "w"."published_at", "t"."status", "t"."responded_at", coalesce(w.deadline < $1::date and t.status in ('sent', 'acknowledged'), false) as "overdue"
  from "warning_targets" as "t"
  inner join "warnings" as "w" on "w"."id" = "t"."warning_id"
  where "t"."unit_id" = $2 and "w"."status" <> $3
  order by "t"."created_at" desc, "t"."id"
  limit $4
  offset $5;
  -- params: ["2026-12-05","00000000-0000-4000-8000-0000000000a1","draft",50,0]
select count(*) as "n"
  from "warning_targets" as "t"
  inner join "warnings" as "w" on "w"."id" = "t"."warning_id"
  where "t"."unit_id" = $1 and "w"."status" <> $2;
  -- params: ["00000000-0000-4000-8000-0000000000a1","draft"]

-- warnings.addWarningTimeline
insert into "warning_timeline" ("warning_id", "at", "event", "unit_id", "actor_user_id", "actor_label", "data")
  values ($1, $2, $3, $4, $5, $6, $7);
  -- params: ["00000000-0000-4000-8000-000000000001","2026-12-05T08:00:00.000Z","published",null,"00000000-0000-4000-8000-0000000000b1","u","{\"targets\":1}"]

-- warnings.deleteWarning
delete from "warnings"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- warnings.filesOfWarning
select "id", "warning_id", "unit_id", "filename", "content_type", "size", "sha256", "uploaded_at"
  from "warning_files"
  where "warning_id" = $1 and ("unit_id" is null or "unit_id" = $2)
  order by "uploaded_at", "id"
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1",500]

-- warnings.findWarning
select *
  from "warnings"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- warnings.findWarningBySourceRef
select *
  from "warnings"
  where "source_ref" = $1;
  -- params: ["demo:1"]

-- warnings.findWarningFile
select *
  from "warning_files"
  where "warning_id" = $1 and "id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- warnings.incidentsOfWarning
select "i"."id", "i"."code", "i"."title", "l"."matched_at"
  from "warning_incidents" as "l"
  inner join "incidents" as "i" on "i"."id" = "l"."incident_id"
  where "l"."warning_id" = $1
  order by "l"."matched_at" desc
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",200]

-- warnings.indicatorsOfWarning
select "kind", "value", "normalized"
  from "warning_indicators"
  where "warning_id" = $1
  order by "kind", "normalized";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- warnings.insertWarning
insert into "warnings" ("code", "title", "severity", "tlp", "targeting", "source_ref", "created_by", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8)
  returning *;
  -- params: ["CB-2026-0001","Apache","high","GREEN","{\"mode\":\"products\"}",null,"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- warnings.insertWarningFile
insert into "warning_files" ("warning_id", "unit_id", "filename", "content_type", "size", "sha256", "content", "uploaded_by", "uploaded_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning "id", "warning_id", "unit_id", "filename", "content_type", "size", "sha256", "uploaded_at";
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1","a.txt","text/plain",1,"ab",{"type":"Buffer","data":[97]},"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- warnings.linkWarningIncident
insert into "warning_incidents" ("warning_id", "incident_id", "kind", "normalized", "matched_at")
  values ($1, $2, $3, $4, $5)
  on conflict ("warning_id", "incident_id") do nothing
  returning "warning_id";
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","domain","x.com","2026-12-05T08:00:00.000Z"]

-- warnings.listWarningTimeline
select "e"."id", "e"."at", "e"."event", "e"."actor_label", "e"."unit_id", "u"."name" as "unit_name", "e"."data"
  from "warning_timeline" as "e"
  left join "units" as "u" on "u"."id" = "e"."unit_id"
  where "e"."warning_id" = $1 and ("e"."unit_id" is null or "e"."unit_id" = $2)
  order by "e"."at", "e"."id"
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1",2000]

-- warnings.listWarnings
select "w".*
  from "warnings" as "w"
  where "w"."status" <> $1 and exists (select 1 as "one"
  from "warning_targets" as "t"
  where "t"."warning_id" = "w"."id" and "t"."unit_id" = $2) and "w"."status" = $3 and (ungcuu_fold(w.title) like ungcuu_fold($4) or "w"."code" ilike $5 or array_to_string(w.cves, ' ') ilike $6)
  order by "w"."created_at" desc, "w"."id"
  limit $7
  offset $8;
  -- params: ["draft","00000000-0000-4000-8000-0000000000a1","published","%apache%","%apache%","%apache%",50,0]
select count(*) as "n"
  from "warnings" as "w"
  where "w"."status" <> $1 and exists (select 1 as "one"
  from "warning_targets" as "t"
  where "t"."warning_id" = "w"."id" and "t"."unit_id" = $2) and "w"."status" = $3 and (ungcuu_fold(w.title) like ungcuu_fold($4) or "w"."code" ilike $5 or array_to_string(w.cves, ' ') ilike $6);
  -- params: ["draft","00000000-0000-4000-8000-0000000000a1","published","%apache%","%apache%","%apache%"]
select "w".*
  from "warnings" as "w"
  order by "w"."created_at" desc, "w"."id"
  limit $1
  offset $2;
  -- params: [50,0]
select count(*) as "n"
  from "warnings" as "w";

-- warnings.lockWarning
select *
  from "warnings"
  where "id" = $1 for update;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- warnings.nextWarningNumber
select nextval('warning_code_seq') as n;

-- warnings.productsOfWarning
select *
  from "warning_products"
  where "warning_id" = $1
  order by "position";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- warnings.publishedWarningsWithIndicators
select "w"."id", "w"."code", "w"."title", "i"."kind", "i"."normalized"
  from "warning_indicators" as "i"
  inner join "warnings" as "w" on "w"."id" = "i"."warning_id"
  where "w"."status" = $1 and "i"."kind" in ($2) and "i"."normalized" in ($3)
  order by "w"."id"
  limit $4;
  -- params: ["published","domain","x.com",500]

-- warnings.replaceWarningIndicators
delete from "warning_indicators"
  where "warning_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]
insert into "warning_indicators" ("warning_id", "kind", "value", "normalized")
  values ($1, $2, $3, $4)
  on conflict ("warning_id", "kind", "normalized") do nothing;
  -- params: ["00000000-0000-4000-8000-000000000001","domain","x[.]com","x.com"]

-- warnings.replaceWarningProducts
delete from "warning_products"
  where "warning_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]
insert into "warning_products" ("warning_id", "position", "vendor", "product", "version_range", "cpe")
  values ($1, $2, $3, $4, $5, $6);
  -- params: ["00000000-0000-4000-8000-000000000001",0,"Apache","HTTP Server","< 2.4.58",null]

-- warnings.updateWarning
update "warnings"
  set "status" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: ["published","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

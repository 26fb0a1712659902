-- monitor.bucketsOf
select "bucket_start", "checks", "ok", "response_ms_sum", "response_ms_max"
  from "monitor_buckets"
  where "monitor_id" = $1 and "period" = $2 and "bucket_start" >= $3
  order by "bucket_start";
  -- params: ["00000000-0000-4000-8000-000000000001","hour","2026-12-05T08:00:00.000Z"]
select "bucket_start", "checks", "ok", "response_ms_sum", "response_ms_max"
  from "monitor_buckets"
  where "monitor_id" = $1 and "period" = $2 and "bucket_start" >= $3
  order by "bucket_start";
  -- params: ["00000000-0000-4000-8000-000000000001","day","2026-12-05T08:00:00.000Z"]

-- monitor.deleteMonitor
delete from "monitors"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- monitor.findMonitor
select "m".*, "u"."name" as "unit_name", "s"."name" as "system_name"
  from "monitors" as "m"
  inner join "units" as "u" on "u"."id" = "m"."unit_id"
  left join "information_systems" as "s" on "s"."id" = "m"."system_id"
  where "m"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- monitor.insertMonitors
insert into "monitors" ("unit_id", "system_id", "name", "kind", "target", "config", "interval_seconds", "timeout_ms", "next_run_at", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  on conflict ("unit_id", "kind", "target") do nothing
  returning "id";
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002","Cổng thông tin – Trang web","http","https://example.gov.vn/","{}",60,10000,"2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z"]

-- monitor.listMonitors
select "m".*, "u"."name" as "unit_name", "s"."name" as "system_name"
  from "monitors" as "m"
  inner join "units" as "u" on "u"."id" = "m"."unit_id"
  left join "information_systems" as "s" on "s"."id" = "m"."system_id"
  order by (case m.status when 'down' then 0 when 'pending' then 1 else 2 end), "m"."name", "m"."id"
  limit $1
  offset $2;
  -- params: [50,0]
select count(*) as "n"
  from "monitors" as "m"
  inner join "units" as "u" on "u"."id" = "m"."unit_id"
  left join "information_systems" as "s" on "s"."id" = "m"."system_id";
select "m".*, "u"."name" as "unit_name", "s"."name" as "system_name"
  from "monitors" as "m"
  inner join "units" as "u" on "u"."id" = "m"."unit_id"
  left join "information_systems" as "s" on "s"."id" = "m"."system_id"
  where "m"."unit_id" = $1 and "m"."unit_id" = $2 and "m"."system_id" = $3 and "m"."status" = $4 and "m"."kind" = $5 and ("m"."name" ilike $6 or "m"."target" ilike $7)
  order by (case m.status when 'down' then 0 when 'pending' then 1 else 2 end), "m"."name", "m"."id"
  limit $8
  offset $9;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002","down","http","%50\\%\\_off%","%50\\%\\_off%",20,40]
select count(*) as "n"
  from "monitors" as "m"
  inner join "units" as "u" on "u"."id" = "m"."unit_id"
  left join "information_systems" as "s" on "s"."id" = "m"."system_id"
  where "m"."unit_id" = $1 and "m"."unit_id" = $2 and "m"."system_id" = $3 and "m"."status" = $4 and "m"."kind" = $5 and ("m"."name" ilike $6 or "m"."target" ilike $7);
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000002","down","http","%50\\%\\_off%","%50\\%\\_off%"]

-- monitor.recentResults
select "r"."checked_at", "r"."ok", "r"."response_ms", "r"."message", "r"."probe_id", "p"."name" as "probe_name"
  from "monitor_results" as "r"
  left join "monitor_probes" as "p" on "p"."id" = "r"."probe_id"
  where "r"."monitor_id" = $1
  order by "r"."checked_at" desc, "r"."id" desc
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",20]

-- monitor.scheduleNow
update "monitors"
  set "next_run_at" = $1
  where "id" = $2;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- monitor.statusCounts
select "status", count(*) as "n"
  from "monitors"
  where "unit_id" = $1
  group by "status";
  -- params: ["00000000-0000-4000-8000-0000000000a1"]

-- monitor.systemOwnerUnit
select "owner_unit_id"
  from "information_systems"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000002"]

-- monitor.systemsWithAddresses
select "id", "name", "owner_unit_id", "addresses"
  from "information_systems"
  where "archived" = $1
  order by "name"
  limit $2;
  -- params: [false,5000]
select "id", "name", "owner_unit_id", "addresses"
  from "information_systems"
  where "archived" = $1 and "owner_unit_id" = $2 and "id" in ($3, $4)
  order by "name"
  limit $5;
  -- params: [false,"00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002",5000]

-- monitor.targetTaken
select "id"
  from "monitors"
  where "unit_id" = $1 and "kind" = $2 and "target" = $3;
  -- params: ["00000000-0000-4000-8000-0000000000a1","http","https://example.gov.vn/"]
select "id"
  from "monitors"
  where "unit_id" = $1 and "kind" = $2 and "target" = $3 and "id" != $4;
  -- params: ["00000000-0000-4000-8000-0000000000a1","http","https://example.gov.vn/","00000000-0000-4000-8000-000000000001"]

-- monitor.updateMonitor
update "monitors"
  set "name" = $1, "enabled" = $2, "updated_at" = $3, "version" = version + 1
  where "id" = $4
  returning *;
  -- params: ["Cổng thông tin",false,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- monitor.uptimeOf
select "monitor_id", sum(checks) filter (where period = 'hour' and bucket_start >= $1) as "c24", sum(ok) filter (where period = 'hour' and bucket_start >= $2) as "o24", sum(response_ms_sum) filter (where period = 'hour' and bucket_start >= $3) as "r24", sum(checks) filter (where period = 'day' and bucket_start >= $4) as "c30", sum(ok) filter (where period = 'day' and bucket_start >= $5) as "o30", sum(response_ms_sum) filter (where period = 'day' and bucket_start >= $6) as "r30", sum(checks) filter (where period = 'day') as "c365", sum(ok) filter (where period = 'day') as "o365", sum(response_ms_sum) filter (where period = 'day') as "r365"
  from "monitor_buckets"
  where "monitor_id" in ($7, $8) and (("period" = $9 and "bucket_start" >= $10) or ("period" = $11 and "bucket_start" >= $12))
  group by "monitor_id";
  -- params: ["2026-12-04T09:00:00.000Z","2026-12-04T09:00:00.000Z","2026-12-04T09:00:00.000Z","2026-11-05T17:00:00.000Z","2026-11-05T17:00:00.000Z","2026-11-05T17:00:00.000Z","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","hour","2026-12-04T09:00:00.000Z","day","2025-12-05T17:00:00.000Z"]

-- probe.findLiveProbeByHash
select "p".*, "u"."name" as "unit_name", "u"."type" as "unit_type"
  from "monitor_probes" as "p"
  inner join "units" as "u" on "u"."id" = "p"."unit_id"
  where "p"."token_hash" = $1 and "p"."revoked_at" is null;
  -- params: ["abababababababababababababababababababababababababababababababab"]

-- probe.findProbe
select "p".*, "u"."name" as "unit_name", "u"."type" as "unit_type"
  from "monitor_probes" as "p"
  inner join "units" as "u" on "u"."id" = "p"."unit_id"
  where "p"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- probe.insertProbe
insert into "monitor_probes" ("unit_id", "name", "token_hash", "prefix")
  values ($1, $2, $3, $4)
  returning "id";
  -- params: ["00000000-0000-4000-8000-0000000000a1","Đầu dò VNPT","abababababababababababababababababababababababababababababababab","ucp_abcdef"]

-- probe.listProbes
select "p".*, "u"."name" as "unit_name", "u"."type" as "unit_type"
  from "monitor_probes" as "p"
  inner join "units" as "u" on "u"."id" = "p"."unit_id"
  order by "p"."created_at" desc
  limit $1;
  -- params: [500]
select "p".*, "u"."name" as "unit_name", "u"."type" as "unit_type"
  from "monitor_probes" as "p"
  inner join "units" as "u" on "u"."id" = "p"."unit_id"
  where "p"."unit_id" = $1
  order by "p"."created_at" desc
  limit $2;
  -- params: ["00000000-0000-4000-8000-0000000000a1",500]

-- probe.markProbeSeen
update "monitor_probes"
  set "last_seen_at" = $1
  where "id" = $2;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- probe.probeChecks
select "id", "kind", "target", "config", "timeout_ms", "interval_seconds", "baseline"
  from "monitors"
  where "enabled" = $1 and "probes_required" > $2
  order by "id"
  limit $3;
  -- params: [true,0,5000]
select "id", "kind", "target", "config", "timeout_ms", "interval_seconds", "baseline"
  from "monitors"
  where "enabled" = $1 and "probes_required" > $2 and "unit_id" = $3 and "id" in ($4, $5)
  order by "id"
  limit $6;
  -- params: [true,0,"00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002",5000]

-- probe.revokeProbe
update "monitor_probes"
  set "revoked_at" = $1
  where "id" = $2;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- results.addToBuckets
insert into "monitor_buckets" ("monitor_id", "period", "bucket_start", "checks", "ok", "response_ms_sum", "response_ms_max")
  values ($1, $2, $3, $4, $5, $6, $7), ($8, $9, $10, $11, $12, $13, $14)
  on conflict ("monitor_id", "period", "bucket_start") do update
  set "checks" = monitor_buckets.checks + excluded.checks, "ok" = monitor_buckets.ok + excluded.ok, "response_ms_sum" = monitor_buckets.response_ms_sum + excluded.response_ms_sum, "response_ms_max" = greatest(monitor_buckets.response_ms_max, excluded.response_ms_max);
  -- params: ["00000000-0000-4000-8000-000000000001","hour","2026-12-05T08:00:00.000Z",2,1,120,120,"00000000-0000-4000-8000-000000000001","day","2026-12-04T17:00:00.000Z",2,1,120,120]

-- results.applyServerResults

    update monitors m
      
  set consecutive_failures = case when v.ok then 0 else m.consecutive_failures + 1 end,
           last_checked_at = v.at,
           last_ok = v.ok,
           last_response_ms = v.ms,
           last_message = v.msg,
           last_detail = v.detail,
           last_snapshot = coalesce(v.snapshot, m.last_snapshot),
           baseline = case when m.baseline is null and v.ok then v.snapshot else m.baseline end,
           baseline_approved_at = case when m.baseline is null and v.ok and v.snapshot is not null
                                       then v.at else m.baseline_approved_at end
     
  from (values ($1::uuid, $2::boolean, $3::timestamptz, $4::int, $5::text, $6::jsonb, $7::jsonb)) as v(id, ok, at, ms, msg, detail, snapshot)
    
  where m.id = v.id;
  -- params: ["00000000-0000-4000-8000-000000000001",true,"2026-12-05T08:00:00.000Z",120,"HTTP 200","{\"status\":200}","{\"kind\":\"dns\",\"answers\":[\"203.0.113.7\"]}"]

-- results.claimDue

    update monitors m
      
  set next_run_at = $1::timestamptz
         + make_interval(secs => m.interval_seconds * (1 + $2::float8 * random()))
     
  from (select id
  from monitors
            
  where enabled and next_run_at <= $3::timestamptz
            
  order by next_run_at
            
  limit $4
            
  for update skip locked) due
    
  where m.id = due.id
    
  returning m.id, m.kind, m.target, m.config, m.timeout_ms, m.interval_seconds, m.baseline;
  -- params: ["2026-12-05T08:00:00.000Z",0.1,"2026-12-05T08:00:00.000Z",25]

-- results.deleteExpired
delete from "monitor_results"
  where "checked_at" < $1;
  -- params: ["2026-11-05T08:00:00.000Z"]
delete from "monitor_buckets"
  where "period" = $1 and "bucket_start" < $2;
  -- params: ["hour","2026-11-27T08:00:00.000Z"]
delete from "monitor_buckets"
  where "period" = $1 and "bucket_start" < $2;
  -- params: ["day","2025-10-31T08:00:00.000Z"]

-- results.insertResults
insert into "monitor_results" ("monitor_id", "probe_id", "checked_at", "ok", "response_ms", "message")
  values ($1, $2, $3, $4, $5, $6), ($7, $8, $9, $10, $11, $12);
  -- params: ["00000000-0000-4000-8000-000000000001",null,"2026-12-05T08:00:00.000Z",true,120,"HTTP 200","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","2026-12-05T08:00:00.000Z",false,null,"timeout"]

-- results.setStatus
update "monitors"
  set "status" = $1, "down_since" = $2, "incident_id" = $3, "incident_filing_at" = $4
  where "id" = $5;
  -- params: ["down","2026-12-05T08:00:00.000Z",null,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- results.stateInputs
select "m"."id", "m"."unit_id", "m"."system_id", "m"."name", "m"."kind", "m"."target", "m"."status", "m"."enabled", "m"."consecutive_failures", "m"."fail_threshold", "m"."probes_required", "m"."incident_id", "m"."down_since", "m"."last_ok", "m"."last_message", "m"."last_checked_at", "m"."last_detail", (select count(*)
  from monitor_probe_states ps
                   
  where ps.monitor_id = m.id and not ps.ok
                      and ps.checked_at >= $1::timestamptz - make_interval(secs => 2 * m.interval_seconds + 60)) as "probes_failing"
  from "monitors" as "m"
  where "m"."id" in ($2, $3)
  order by "m"."id";
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]
select "m"."id", "m"."unit_id", "m"."system_id", "m"."name", "m"."kind", "m"."target", "m"."status", "m"."enabled", "m"."consecutive_failures", "m"."fail_threshold", "m"."probes_required", "m"."incident_id", "m"."down_since", "m"."last_ok", "m"."last_message", "m"."last_checked_at", "m"."last_detail", (select count(*)
  from monitor_probe_states ps
                   
  where ps.monitor_id = m.id and not ps.ok
                      and ps.checked_at >= $1::timestamptz - make_interval(secs => 2 * m.interval_seconds + 60)) as "probes_failing"
  from "monitors" as "m"
  where "m"."id" in ($2)
  order by "m"."id"
  for update of "m";
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- results.upsertProbeStates
insert into "monitor_probe_states" ("monitor_id", "probe_id", "ok", "checked_at", "message")
  values ($1, $2, $3, $4, $5)
  on conflict ("monitor_id", "probe_id") do update
  set "ok" = excluded.ok, "checked_at" = excluded.checked_at, "message" = excluded.message;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002",false,"2026-12-05T08:00:00.000Z","timeout"]

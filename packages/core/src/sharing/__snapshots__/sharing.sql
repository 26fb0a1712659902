-- sharing.feedIncidentPage
select "i"."id", "i"."code", "i"."title", "i"."tlp", "i"."created_at", "i"."updated_at"
  from "incidents" as "i"
  where "i"."tlp" in ($1, $2) and "i"."keep_confidential" = $3 and "i"."merged_into_id" is null and exists (select "o"."id"
  from "incident_observables" as "o"
  where "o"."incident_id" = "i"."id")
  order by "i"."updated_at" desc, "i"."id"
  limit $4
  offset $5;
  -- params: ["clear","green",false,50,0]
select count(*) as "n"
  from "incidents" as "i"
  where "i"."tlp" in ($1, $2) and "i"."keep_confidential" = $3 and "i"."merged_into_id" is null and exists (select "o"."id"
  from "incident_observables" as "o"
  where "o"."incident_id" = "i"."id");
  -- params: ["clear","green",false]

-- sharing.feedWarningPage
select "w"."id", "w"."code", "w"."title", "w"."description", "w"."tlp", "w"."cves", "w"."created_at", "w"."updated_at"
  from "warnings" as "w"
  where "w"."status" = $1 and "w"."tlp" in ($2, $3)
  order by "w"."created_at" desc, "w"."id"
  limit $4
  offset $5;
  -- params: ["published","CLEAR","GREEN",50,0]
select count(*) as "n"
  from "warnings" as "w"
  where "w"."status" = $1 and "w"."tlp" in ($2, $3);
  -- params: ["published","CLEAR","GREEN"]

-- sharing.indicatorsOfWarnings
select "warning_id", "kind", "normalized"
  from "warning_indicators"
  where "warning_id" in ($1, $2)
  order by "warning_id", "kind", "normalized"
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002",100000]

-- sharing.insertImportedObservables
insert into "incident_observables" ("incident_id", "kind", "value", "normalized", "source")
  values ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10)
  on conflict ("incident_id", "kind", "normalized") do nothing
  returning "id";
  -- params: ["00000000-0000-4000-8000-000000000001","ip","203.0.113.9","203.0.113.9","imported","00000000-0000-4000-8000-000000000001","domain","evil.example","evil.example","imported"]

-- sharing.observablesForExport
select "kind", "normalized", "value", "source", "created_at"
  from "incident_observables"
  where "incident_id" = $1
  order by "created_at", "kind", "normalized"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",5000]

-- sharing.observablesOfIncidents
select "incident_id", "kind", "normalized"
  from "incident_observables"
  where "incident_id" in ($1, $2)
  order by "incident_id", "created_at"
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002",500000]

-- sharing.setIncidentTlp
update "incidents"
  set "tlp" = $1, "updated_at" = $2, "version" = "version" + $3
  where "id" = $4;
  -- params: ["red","2026-12-05T08:00:00.000Z",1,"00000000-0000-4000-8000-000000000001"]

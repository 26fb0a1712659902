-- classifier.activeModelRef
select "id", "version"
  from "classifier_models"
  where "active" = $1;
  -- params: [true]

-- classifier.countExamplesAfter
select count(*) as "n"
  from "classifier_examples";
select count(*) as "n"
  from "classifier_examples"
  where "confirmed_at" > $1;
  -- params: ["2026-12-05T08:00:00.000Z"]

-- classifier.deactivateModels
update "classifier_models"
  set "active" = $1
  where "active" = $2
  returning "id", "version";
  -- params: [false,true]
update "classifier_models"
  set "active" = $1, "rolled_back_at" = $2
  where "active" = $3
  returning "id", "version";
  -- params: [false,"2026-12-05T08:00:00.000Z",true]

-- classifier.examplesBetween
select "subtype", "suggested_subtype", "confirmed_at"
  from "classifier_examples"
  where "confirmed_at" >= $1 and "confirmed_at" < $2
  order by "confirmed_at" asc
  limit $3;
  -- params: ["2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z",100]

-- classifier.insertModel
insert into "classifier_models" ("version", "data", "office_examples", "train_ms", "active", "trained_at")
  values ($1, $2, $3, $4, $5, $6)
  returning "id", "version", "office_examples", "train_ms", "trained_at";
  -- params: [2,"{}",3,10,true,"2026-12-05T08:00:00.000Z"]

-- classifier.lastModelChange
select max(greatest(trained_at, coalesce(rolled_back_at, trained_at))) as "at"
  from "classifier_models";

-- classifier.listModels
select "id", "version", "office_examples", "train_ms", "active", "trained_at", "rolled_back_at"
  from "classifier_models"
  order by "version" desc
  limit $1;
  -- params: [20]

-- classifier.modelData
select "data"
  from "classifier_models"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- classifier.nextModelVersion
select coalesce(max(version), 0) + 1 as "v"
  from "classifier_models";

-- classifier.trainingExamples
select "text", "subtype"
  from "classifier_examples"
  order by "confirmed_at" desc
  limit $1;
  -- params: [20000]

-- classifier.upsertExample
insert into "classifier_examples" ("incident_id", "text", "subtype", "suggested_subtype", "suggested_confidence", "model_version", "confirmed_by", "confirmed_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8)
  on conflict ("incident_id") do update
  set "text" = $9, "subtype" = $10, "confirmed_by" = $11, "confirmed_at" = $12;
  -- params: ["00000000-0000-4000-8000-000000000001","Máy chủ bị mã hoá","attack.ransomware","attack.malware",0.7,"shipped","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z","Máy chủ bị mã hoá","attack.ransomware","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- comment.insertComment
insert into "incident_comments" ("incident_id", "author_user_id", "body", "mentions")
  values ($1, $2, $3, $4)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000b1","Xem @an",["00000000-0000-4000-8000-0000000000b1"]]

-- comment.listCommentsOfIncident
select "c"."id", "c"."body", "c"."mentions", "c"."created_at", "u"."full_name", "u"."username", "c"."author_user_id"
  from "incident_comments" as "c"
  inner join "users" as "u" on "u"."id" = "c"."author_user_id"
  where "c"."incident_id" = $1
  order by "c"."created_at"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",500]

-- escalation.escalatedUnitNames
select "u"."name"
  from "incident_escalations" as "e"
  inner join "units" as "u" on "u"."id" = "e"."to_unit_id"
  where "e"."incident_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- escalation.insertEscalation
insert into "incident_escalations" ("incident_id", "to_unit_id", "sent_by", "sent_at", "channel", "summary", "shared")
  values ($1, $2, $3, $4, $5, $6, $7)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z","phone","Tóm tắt","{\"evidence\":true}"]

-- escalation.latestShareWithUnit
select "shared"
  from "incident_escalations"
  where "incident_id" = $1 and "to_unit_id" = $2
  order by "sent_at" desc;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- escalation.listEscalationsOfIncident
select "e"."id", "e"."to_unit_id", "u"."name" as "to_unit_name", "e"."sent_by", "e"."sent_at", "e"."channel", "e"."summary", "e"."shared"
  from "incident_escalations" as "e"
  inner join "units" as "u" on "u"."id" = "e"."to_unit_id"
  where "e"."incident_id" = $1
  order by "e"."sent_at";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- escalation.sharesWithUnit
select "shared"
  from "incident_escalations"
  where "incident_id" = $1 and "to_unit_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- evidence.findEvidenceOfIncident
select *
  from "incident_evidence"
  where "id" = $1 and "incident_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001"]

-- evidence.insertEvidence
insert into "incident_evidence" ("incident_id", "filename", "content_type", "size", "sha256", "content", "description", "uploaded_by", "uploaded_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  returning "id", "filename", "content_type", "size", "sha256", "description", "uploaded_by", "uploaded_at";
  -- params: ["00000000-0000-4000-8000-000000000001","log.txt","text/plain",3,"ab",{"type":"Buffer","data":[108,111,103]},null,"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- evidence.listEvidenceOfIncident
select "id", "filename", "content_type", "size", "sha256", "description", "uploaded_by", "uploaded_at"
  from "incident_evidence"
  where "incident_id" = $1
  order by "uploaded_at"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",500]

-- incident.ensureIncidentCodeSequence
select 1 as n
  from pg_class
  where relname = $1 and relkind = 'S';
  -- params: ["incident_code_2026"]
select pg_advisory_xact_lock($1);
  -- params: [7281004]
select 1 as n
  from pg_class
  where relname = $1 and relkind = 'S';
  -- params: ["incident_code_2026"]
create sequence "incident_code_2026";

      select setval($1, m)
  from (
        select max(nullif(regexp_replace(code, '^SC-[0-9]{4}-', ''), '')::bigint) as m
  from incidents
  where code like $2
      ) t
  where m > 0;
  -- params: ["incident_code_2026","SC-2026-%"]

-- incident.findIncidentByCode
select *
  from "incidents"
  where "code" = $1;
  -- params: ["SC-2026-0042"]

-- incident.findIncidentById
select *
  from "incidents"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- incident.findLinkSummaries
select "id", "code", "title", "state", "unit_ids", "escalated_unit_ids"
  from "incidents"
  where "id" in ($1, $2);
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- incident.insertIncident
insert into "incidents" ("code", "title", "reporting_unit_id", "detected_at", "reported_at", "regime_id", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7)
  returning *;
  -- params: ["SC-2026-0042","Lộ lọt dữ liệu","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","tt20-2017","2026-12-05T08:00:00.000Z"]

-- incident.insertReport

    with inc as (insert into "incidents" ("title", "reporting_unit_id", "detected_at", "reported_at", "regime_id", "updated_at", "code")
  values ($1, $2, $3, $4, $5, $6, (select 'SC-' || $7 || '-' || lpad(n::text, greatest(4, length(n::text)), '0')
  from (select nextval($8) as n) s))
  returning *),
    tl as (
      insert into incident_timeline (incident_id, at, kind, event, actor_user_id, actor_label, text, data)
      select inc.id, t.at, t.kind, t.event, t.actor_user_id, t.actor_label, null,
             case when t.data ? 'code' then t.data || jsonb_build_object('code', inc.code) else t.data end
     
  from inc cross join jsonb_populate_recordset(null::incident_timeline, $9::jsonb) with ordinality as t
     
  order by t.ordinality
    ),
    obs as (
      insert into incident_observables (incident_id, kind, value, normalized, source)
      select inc.id, o.kind, o.value, o.normalized, 'extracted'
     
  from inc cross join jsonb_populate_recordset(null::incident_observables, $10::jsonb) as o
     
  on conflict (incident_id, kind, normalized) do nothing
    )
    select *
  from inc;
  -- params: ["Lộ lọt dữ liệu","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","tt20-2017","2026-12-05T08:00:00.000Z","2026","incident_code_2026","[{\"at\":\"2026-12-05T08:00:00.000Z\",\"kind\":\"auto\",\"event\":\"acknowledged\",\"actor_user_id\":\"00000000-0000-4000-8000-0000000000b1\",\"actor_label\":\"An\",\"data\":{\"code\":null}}]","[{\"kind\":\"ip\",\"value\":\"10.0.0.1\",\"normalized\":\"10.0.0.1\"}]"]

-- incident.insertReports

    with inc as (insert into "incidents" ("id", "title", "reporting_unit_id", "detected_at", "reported_at", "regime_id", "updated_at", "code")
  values ($1, $2, $3, $4, $5, $6, $7, (select 'SC-' || $8 || '-' || lpad(n::text, greatest(4, length(n::text)), '0')
  from (select nextval($9) as n) s))
  returning *),
    tl as (
      insert into incident_timeline (incident_id, at, kind, event, actor_user_id, actor_label, text, data)
      select inc.id, t.at, t.kind, t.event, t.actor_user_id, t.actor_label, null,
             case when t.data ? 'code' then t.data || jsonb_build_object('code', inc.code) else t.data end
     
  from jsonb_populate_recordset(null::incident_timeline, $10::jsonb) with ordinality as t
      join inc on inc.id = t.incident_id
     
  order by t.ordinality
    ),
    obs as (
      insert into incident_observables (incident_id, kind, value, normalized, source)
      select inc.id, o.kind, o.value, o.normalized, 'extracted'
     
  from jsonb_populate_recordset(null::incident_observables, $11::jsonb) as o
      join inc on inc.id = o.incident_id
     
  on conflict (incident_id, kind, normalized) do nothing
    )
    select *
  from inc;
  -- params: ["00000000-0000-4000-8000-000000000001","Lộ lọt dữ liệu","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","tt20-2017","2026-12-05T08:00:00.000Z","2026","incident_code_2026","[{\"incident_id\":\"00000000-0000-4000-8000-000000000001\",\"at\":\"2026-12-05T08:00:00.000Z\",\"kind\":\"auto\",\"event\":\"acknowledged\",\"actor_user_id\":\"00000000-0000-4000-8000-0000000000b1\",\"actor_label\":\"An\",\"data\":{\"code\":null}}]","[{\"incident_id\":\"00000000-0000-4000-8000-000000000001\",\"kind\":\"ip\",\"value\":\"10.0.0.1\",\"normalized\":\"10.0.0.1\"}]"]

-- incident.lockIncident
select *
  from "incidents"
  where "id" = $1 for update;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- incident.nextIncidentCode
select nextval($1) as n;
  -- params: ["incident_code_2026"]

-- incident.updateIncident
update "incidents"
  set "state" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: ["triage","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- incidentList.listIncidents
select count(*) as "n"
  from (select 1 as "x"
  from "incidents"
  limit $1) as "capped";
  -- params: [1001]
select *
  from "incidents"
  order by "detected_at" desc, "id" desc
  limit $1
  offset $2;
  -- params: [25,0]
select most_common_elems::text::text[] as e, most_common_elem_freqs as f
  from pg_stats
  where schemaname = current_schema() and tablename = 'incidents' and attname = 'search';
select count(*) as "n"
  from (select 1 as "x"
  from "incidents"
  where unit_ids @> array[$1]::uuid[] and unit_ids @> array[$2]::uuid[] and ("state" in ($3, $4)) is true and ("tier" in ($5)) is true and ("subtype" in ($6)) is true and ("cause_group" in ($7)) is true and "system_id" = $8 and "lead_user_id" = $9 and "detected_at" >= $10 and "detected_at" < $11 and exists (select 1 as "x"
  from "incident_tasks" as "t"
  where "t"."incident_id" = "incidents"."id" and "t"."status" in ($12, $13, $14) and "t"."due_at" < $15) and search @@ to_tsquery('simple', $16)
  limit $17) as "capped";
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","triage","responding","T3","attack.malware","attack","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-0000000000b1","2026-01-01T00:00:00.000Z","2026-12-31T00:00:00.000Z","open","accepted","in_progress","2026-12-05T08:00:00.000Z","ma & doc",1001]
select *
  from (select *
  from "incidents"
  where unit_ids @> array[$1]::uuid[] and unit_ids @> array[$2]::uuid[] and ("state" in ($3, $4)) is true and ("tier" in ($5)) is true and ("subtype" in ($6)) is true and ("cause_group" in ($7)) is true and "system_id" = $8 and "lead_user_id" = $9 and "detected_at" >= $10 and "detected_at" < $11 and exists (select 1 as "x"
  from "incident_tasks" as "t"
  where "t"."incident_id" = "incidents"."id" and "t"."status" in ($12, $13, $14) and "t"."due_at" < $15) and search @@ to_tsquery('simple', $16)
  offset $17) as "incidents"
  order by "tier" desc, "detected_at" desc
  limit $18
  offset $19;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","triage","responding","T3","attack.malware","attack","00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-0000000000b1","2026-01-01T00:00:00.000Z","2026-12-31T00:00:00.000Z","open","accepted","in_progress","2026-12-05T08:00:00.000Z","ma & doc",0,25,0]
select "w"."id", "w"."rn", w.search @@ to_tsquery('simple', $1) as "hit"
  from (select "id", "search", row_number() over (order by detected_at desc, id desc) as "rn"
  from "incidents"
  order by "detected_at" desc, "id" desc
  limit $2) as "w"
  where w.search @@ to_tsquery('simple', $3) or w.rn = $4
  limit $5;
  -- params: ["tan & cong & (ddieenj:* | dien)",20000,"tan & cong & (ddieenj:* | dien)",20000,1002]
select count(*) as "n"
  from (select 1 as "x"
  from "incidents"
  where search @@ to_tsquery('simple', $1)
  limit $2) as "capped";
  -- params: ["tan & cong & (ddieenj:* | dien)",1001]
select *
  from "incidents"
  where "id" in ($1);
  -- params: ["00000000-0000-4000-8000-000000000001"]
select count(*) as "n"
  from (select 1 as "x"
  from "incidents"
  where "code" = $1
  limit $2) as "capped";
  -- params: ["SC-2025-0000123",1001]
select *
  from (select *
  from "incidents"
  where "code" = $1
  offset $2) as "incidents"
  order by "detected_at" desc, "id" desc
  limit $3
  offset $4;
  -- params: ["SC-2025-0000123",0,25,0]

-- link.insertLink
insert into "incident_links" ("incident_id", "other_id", "kind")
  values ($1, $2, $3);
  -- params: ["00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001","split_from"]

-- link.insertLinkOnce
insert into "incident_links" ("incident_id", "other_id", "kind")
  values ($1, $2, $3)
  on conflict do nothing;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","duplicate"]

-- link.listLinksOfIncident
select "incident_id", "other_id", "kind"
  from "incident_links"
  where ("incident_id" = $1 or "other_id" = $2)
  limit $3;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001",200]

-- observables.addObservable
insert into "incident_observables" ("incident_id", "kind", "value", "normalized", "source")
  values ($1, $2, $3, $4, $5)
  on conflict ("incident_id", "kind", "normalized") do nothing
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","ip","10.0.0.5","10.0.0.5","manual"]

-- observables.copyObservables
insert into "incident_observables" ("incident_id", "kind", "value", "normalized", "source") select $1 as "incident_id", "kind", "value", "normalized", "source"
  from "incident_observables"
  where "incident_id" = $2
  on conflict do nothing;
  -- params: ["00000000-0000-4000-8000-000000000002","00000000-0000-4000-8000-000000000001"]

-- observables.observablesWithLinks
select *
  from "incident_observables"
  where "incident_id" = $1
  order by "created_at"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",500]
select "o"."kind", "o"."normalized", "i"."id", "i"."code", "i"."title", "i"."unit_ids", "i"."escalated_unit_ids"
  from "incident_observables" as "o"
  inner join "incidents" as "i" on "i"."id" = "o"."incident_id"
  where "o"."incident_id" <> $1 and ("o"."kind" = $2 and "o"."normalized" = $3)
  limit $4;
  -- params: ["00000000-0000-4000-8000-000000000001","ip","10.0.0.5",500]

-- observables.saveExtractedObservables
insert into "incident_observables" ("incident_id", "kind", "value", "normalized", "source")
  values ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10)
  on conflict ("incident_id", "kind", "normalized") do nothing;
  -- params: ["00000000-0000-4000-8000-000000000001","ip","10.0.0.5","10.0.0.5","extracted","00000000-0000-4000-8000-000000000001","domain","evil.example.com","evil.example.com","extracted"]

-- playbook.insertPlaybookVersion
insert into "playbook_versions" ("code", "subtype", "version", "data", "created_by")
  values ($1, $2, $3, $4, $5);
  -- params: ["PB-MALWARE","malware",2,"{}","00000000-0000-4000-8000-0000000000b1"]

-- playbook.latestSavedPlaybook
select "data"
  from "playbook_versions"
  where "subtype" = $1
  order by "version" desc
  limit $2;
  -- params: ["malware",1]

-- playbook.latestSavedPlaybooks
select distinct on ("subtype") "subtype", "data", "version"
  from "playbook_versions"
  order by "subtype", "version" desc;

-- playbook.savedPlaybookVersion
select "data"
  from "playbook_versions"
  where "code" = $1 and "version" = $2;
  -- params: ["PB-MALWARE",2]

-- regime.listSavedRegimes
select "id", "data"
  from "reporting_regimes";

-- regime.upsertRegime
insert into "reporting_regimes" ("id", "effective_from", "data", "updated_at")
  values ($1, $2, $3, $4)
  on conflict ("id") do update
  set "effective_from" = $5, "data" = $6, "updated_at" = $7;
  -- params: ["tt20-2017","2017-12-01","{}","2026-12-05T08:00:00.000Z","2017-12-01","{}","2026-12-05T08:00:00.000Z"]

-- reportDoc.insertReportDoc
insert into "incident_report_docs" ("incident_id", "form", "reference", "generated_by", "generated_at", "sent_at", "sent_to")
  values ($1, $2, $3, $4, $5, $6, $7)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","mau03",null,"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z",null,null]

-- reportDoc.latestReportDoc
select *
  from "incident_report_docs"
  where "incident_id" = $1 and "form" = $2
  order by "generated_at" desc;
  -- params: ["00000000-0000-4000-8000-000000000001","mau03"]

-- reportDoc.listReportDocsOfIncident
select *
  from "incident_report_docs"
  where "incident_id" = $1
  order by "generated_at";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- reportDoc.updateReportDoc
update "incident_report_docs"
  set "sent_at" = $1, "sent_to" = $2, "reference" = $3
  where "id" = $4
  returning *;
  -- params: ["2026-12-05T08:00:00.000Z","Cục ATTT","12/BC","00000000-0000-4000-8000-000000000002"]

-- savedFilter.deleteSavedFilter
delete from "saved_filters"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- savedFilter.findSavedFilter
select *
  from "saved_filters"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- savedFilter.insertSavedFilter
insert into "saved_filters" ("user_id", "name", "query")
  values ($1, $2, $3)
  returning *;
  -- params: ["00000000-0000-4000-8000-0000000000b1","Quá hạn","{\"overdue\":true}"]

-- savedFilter.listSavedFiltersOfUser
select *
  from "saved_filters"
  where "user_id" = $1
  order by "name"
  limit $2;
  -- params: ["00000000-0000-4000-8000-0000000000b1",100]

-- similar.observablesOf
select "normalized"
  from "incident_observables"
  where "incident_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- similar.sharedObservables
select "incident_id", "value", "normalized"
  from "incident_observables"
  where "incident_id" in ($1) and "normalized" in ($2);
  -- params: ["00000000-0000-4000-8000-000000000001","1.2.3.4"]

-- similar.similarCandidates
select "id", "code", "title", "description", "state", "detected_at", "reporting_unit_id", "system_id", "unit_ids", "escalated_unit_ids"
  from "incidents"
  where "state" not in ($1, $2, $3) and ("state" <> $4 or "detected_at" >= $5) and unit_ids @> array[$6]::uuid[] and "id" <> $7
  order by "detected_at" desc, "id" desc
  limit $8;
  -- params: ["merged","duplicate","rejected","closed","2026-11-05T08:00:00.000Z","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-000000000001",300]
select "id", "code", "title", "description", "state", "detected_at", "reporting_unit_id", "system_id", "unit_ids", "escalated_unit_ids"
  from "incidents"
  where "state" not in ($1, $2, $3) and ("state" <> $4 or "detected_at" >= $5)
  order by "detected_at" desc, "id" desc
  limit $6;
  -- params: ["merged","duplicate","rejected","closed","2026-11-05T08:00:00.000Z",300]

-- task.attachPlaybookTasks
select "id"
  from "units"
  where "type" = $1 and "archived" = $2
  order by "created_at"
  limit $3;
  -- params: ["focal_office",false,1]
select coalesce(max("sort"), 0) as "m"
  from "incident_tasks"
  where "incident_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]
insert into "incident_tasks" ("incident_id", "title", "instructions", "phase", "step_key", "evidence_hint", "assignee_unit_id", "assignee_user_id", "due_at", "decline_reason", "result_note", "completed_at", "escalated_at", "sort", "created_by", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);
  -- params: ["00000000-0000-4000-8000-000000000001","{\"vi\":\"Cô lập\",\"en\":\"Contain\"}","{\"vi\":\"\",\"en\":\"\"}","P1","p1-contain","{\"vi\":\"\",\"en\":\"\"}","00000000-0000-4000-8000-0000000000a1",null,"2026-12-05T09:00:00.000Z",null,null,null,null,4,"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- task.findTask
select *
  from "incident_tasks"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- task.insertTask
insert into "incident_tasks" ("incident_id", "title", "sort", "created_by", "updated_at")
  values ($1, $2, $3, $4, $5)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","{\"vi\":\"Sao lưu\",\"en\":\"Back up\"}",1,"00000000-0000-4000-8000-0000000000b1","2026-12-05T08:00:00.000Z"]

-- task.listTasksFor
select "t".*, "i"."code" as "incident_code", "i"."title" as "incident_title", "i"."state" as "incident_state"
  from "incident_tasks" as "t"
  inner join "incidents" as "i" on "i"."id" = "t"."incident_id"
  where "t"."assignee_unit_id" = $1 and "t"."status" in ($2) and ("t"."status" not in ($3, $4, $5, $6) or "i"."state" not in ($7, $8, $9, $10))
  order by "t"."due_at" asc
  limit $11
  offset $12;
  -- params: ["00000000-0000-4000-8000-0000000000a1","open","open","accepted","in_progress","declined","closed","rejected","duplicate","merged",20,0]
select count(*) as "n"
  from "incident_tasks" as "t"
  inner join "incidents" as "i" on "i"."id" = "t"."incident_id"
  where "t"."assignee_unit_id" = $1 and "t"."status" in ($2) and ("t"."status" not in ($3, $4, $5, $6) or "i"."state" not in ($7, $8, $9, $10));
  -- params: ["00000000-0000-4000-8000-0000000000a1","open","open","accepted","in_progress","declined","closed","rejected","duplicate","merged"]

-- task.listTasksOfIncident
select *
  from "incident_tasks"
  where "incident_id" = $1
  order by "sort"
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",500]

-- task.listUnfinishedTasksOfIncident
select *
  from "incident_tasks"
  where "incident_id" = $1 and "status" in ($2, $3, $4, $5)
  order by "sort"
  limit $6;
  -- params: ["00000000-0000-4000-8000-000000000001","open","accepted","in_progress","declined",500]

-- task.lockTask
select *
  from "incident_tasks"
  where "id" = $1 for update;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- task.moveTasksToIncident
update "incident_tasks"
  set "incident_id" = $1, "updated_at" = $2
  where "incident_id" = $3 and "id" in ($4);
  -- params: ["00000000-0000-4000-8000-000000000002","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000a1"]

-- task.overdueTasks
select "t"."id", "t"."incident_id", "t"."title", "t"."assignee_unit_id", "t"."due_at", "i"."code", "i"."unit_ids"
  from "incident_tasks" as "t"
  inner join "incidents" as "i" on "i"."id" = "t"."incident_id"
  where "t"."status" in ($1, $2, $3) and "i"."state" not in ($4, $5, $6, $7) and "t"."due_at" < $8 and "t"."escalated_at" is null
  order by "t"."due_at"
  limit $9;
  -- params: ["open","accepted","in_progress","closed","rejected","duplicate","merged","2026-12-05T08:00:00.000Z",100]

-- task.respondToTask

    with old as (select *
  from incident_tasks
  where id = $1 for update),
    upd as (update "incident_tasks"
  set "status" = $2, "updated_at" = $3
  where "id" = $4 and "status" in ($5)
  returning *),
    tl as (
      insert into incident_timeline (incident_id, at, kind, event, actor_user_id, actor_label, text, data)
      select upd.incident_id, $6, 'auto', $7, $8, $9, null,
             $10::jsonb
     
  from upd
    )
    select upd.*, row_to_json(old) as before, upd.id is not null as moved
  from old
  left join upd on true;
  -- params: ["00000000-0000-4000-8000-000000000001","accepted","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001","open","2026-12-05T08:00:00.000Z","task_accept",null,"A","{\"taskId\":\"00000000-0000-4000-8000-000000000001\"}"]

-- task.updateTask
update "incident_tasks"
  set "status" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: ["done","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- timeline.addTimeline
insert into "incident_timeline" ("incident_id", "at", "kind", "event", "actor_user_id", "actor_label", "text", "data")
  values ($1, $2, $3, $4, $5, $6, $7, $8);
  -- params: ["00000000-0000-4000-8000-000000000001","2026-12-05T08:00:00.000Z","auto","commented","00000000-0000-4000-8000-0000000000b1","An",null,"{\"commentId\":\"00000000-0000-4000-8000-000000000002\"}"]

-- timeline.listTimeline
select *
  from "incident_timeline"
  where "incident_id" = $1
  order by "at" asc, "id" asc
  limit $2;
  -- params: ["00000000-0000-4000-8000-000000000001",500]

-- facts.allReadinessUnits
select "id", "code", "name", "type", focal_main is not null as "has_focal_main", focal_backup is not null as "has_focal_backup"
  from "units"
  where "archived" = $1 and "type" not in ($2, $3) and "id" = $4
  order by "name", "id";
  -- params: [false,"external","service_provider","00000000-0000-4000-8000-0000000000a1"]

-- facts.findReadinessUnit
select "id", "code", "name", "type", focal_main is not null as "has_focal_main", focal_backup is not null as "has_focal_backup"
  from "units"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-0000000000a1"]

-- facts.gatherFacts

      select distinct on (unit_id) unit_id, full_name
  from users
     
  where unit_id = any($1::uuid[]) and 'unit_officer' = any(roles) and not disabled
     
  order by unit_id, full_name;
  -- params: [["00000000-0000-4000-8000-0000000000a1"]]

      select unit_id,
        max(expires_on) filter (where kind = 'antivirus')::text as antivirus,
        max(expires_on) filter (where kind = 'firewall')::text as firewall
     
  from readiness_licences
  where unit_id = any($1::uuid[])
  group by unit_id;
  -- params: [["00000000-0000-4000-8000-0000000000a1"]]

      select s.id, s.name, s.operating_unit_id as unit_id, s.security_level,
        s.last_restore_test_at::text as last_restore_test_at,
        d.last_drill::text as last_drill, d.last_scan::text as last_scan
     
  from information_systems s
     
  left join (
        select ds.system_id,
          max(dr.held_on) filter (where dr.kind = 'drill') as last_drill,
          max(dr.held_on) filter (where dr.kind = 'scan') as last_scan
       
  from readiness_drill_systems ds
        join readiness_drills dr on dr.id = ds.drill_id
        join information_systems s2 on s2.id = ds.system_id
       
  where s2.operating_unit_id = any($1::uuid[])
       
  group by ds.system_id
      ) d on d.system_id = s.id
     
  where s.operating_unit_id = any($2::uuid[]) and not s.archived;
  -- params: [["00000000-0000-4000-8000-0000000000a1"],["00000000-0000-4000-8000-0000000000a1"]]

      select operating_unit_id as unit_id, max(updated_at) as updated_at
  from information_systems
     
  where operating_unit_id = any($1::uuid[]) and not archived
  group by operating_unit_id;
  -- params: [["00000000-0000-4000-8000-0000000000a1"]]

      select unit_id, max(held_on)::text as last
  from (
        select t.unit_id, t.held_on
  from readiness_trainings t
  where t.unit_id = any($1::uuid[])
       
  union all         select us.unit_id, t.held_on
  from readiness_training_attendees a
        join users us on us.id = a.user_id
        join readiness_trainings t on t.id = a.training_id
       
  where us.unit_id = any($2::uuid[])
      ) x
  group by unit_id;
  -- params: [["00000000-0000-4000-8000-0000000000a1"],["00000000-0000-4000-8000-0000000000a1"]]

-- facts.insertRemindersOnce
insert into "notifications" ("user_id", "unit_id", "kind", "title", "body", "link", "dedupe_key")
  values ($1, $2, $3, $4, $5, $6, $7)
  on conflict ("dedupe_key") do nothing
  returning "id", "unit_id";
  -- params: [null,"00000000-0000-4000-8000-0000000000a1","licence.expiring","{\"vi\":\"Bản quyền sắp hết hạn\",\"en\":\"Licence expires soon\"}",null,"/readiness/licences/00000000-0000-4000-8000-000000000001","licence.expiring:00000000-0000-4000-8000-000000000001:2026-12-20"]

-- facts.licencesExpiringBetween
select "l"."id", "l"."unit_id", "u"."name" as "unit_name", "l"."kind", "l"."product", "l"."expires_on"
  from "readiness_licences" as "l"
  inner join "units" as "u" on "u"."id" = "l"."unit_id"
  where "l"."expires_on" >= $1 and "l"."expires_on" <= $2
  order by "l"."expires_on", "u"."name";
  -- params: ["2026-12-05","2027-01-04"]
select "l"."id", "l"."unit_id", "u"."name" as "unit_name", "l"."kind", "l"."product", "l"."expires_on"
  from "readiness_licences" as "l"
  inner join "units" as "u" on "u"."id" = "l"."unit_id"
  where "l"."expires_on" >= $1 and "l"."expires_on" <= $2 and "l"."unit_id" = $3
  order by "l"."expires_on", "u"."name";
  -- params: ["2026-12-05","2027-01-04","00000000-0000-4000-8000-0000000000a1"]

-- facts.listReadinessUnits
select "id", "code", "name", "type", focal_main is not null as "has_focal_main", focal_backup is not null as "has_focal_backup"
  from "units"
  where "archived" = $1 and "type" not in ($2, $3)
  order by "name", "id"
  limit $4
  offset $5;
  -- params: [false,"external","service_provider",50,0]
select count(*) as "n"
  from "units"
  where "archived" = $1 and "type" not in ($2, $3);
  -- params: [false,"external","service_provider"]

-- items.deleteItem
delete from "readiness_drills"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- items.findItem
select "i".*, "u"."name" as "unit_name"
  from "readiness_licences" as "i"
  inner join "units" as "u" on "u"."id" = "i"."unit_id"
  where "i"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- items.insertItem
insert into "readiness_licences"
      ("unit_id", "kind", "product", "expires_on", "updated_at")
     
  values ($1, $2, $3, $4, $5)
     
  returning id;
  -- params: ["00000000-0000-4000-8000-0000000000a1","antivirus","Diệt virus","2027-01-01","2026-12-05T08:00:00.000Z"]

-- items.listItems
select "i".*, "u"."name" as "unit_name"
  from "readiness_equipment" as "i"
  inner join "units" as "u" on "u"."id" = "i"."unit_id"
  order by "i"."acquired_on" desc nulls last, "i"."id"
  limit $1
  offset $2;
  -- params: [50,0]
select count(*) as "n"
  from "readiness_equipment" as "i"
  inner join "units" as "u" on "u"."id" = "i"."unit_id";

-- items.loadLinks

          select l.training_id as owner, l.user_id as other, us.unit_id
         
  from readiness_training_attendees l join users us on us.id = l.user_id
         
  where l.training_id = any($1::uuid[])
  order by us.full_name;
  -- params: [["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]]

          select l.drill_id as owner, l.system_id as other, s.operating_unit_id as unit_id
         
  from readiness_drill_systems l join information_systems s on s.id = l.system_id
         
  where l.drill_id = any($1::uuid[])
  order by s.name;
  -- params: [["00000000-0000-4000-8000-000000000001"]]

-- items.replaceLinks
delete from "readiness_training_attendees"
  where "training_id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]
insert into "readiness_training_attendees" ("training_id", "user_id")
    select $1::uuid, x
  from unnest($2::uuid[]) x;
  -- params: ["00000000-0000-4000-8000-000000000001",["00000000-0000-4000-8000-0000000000b1"]]

-- items.updateItem
update "readiness_licences"
     
  set "seats" = $1, "updated_at" = $2, version = version + 1
     
  where id = $3;
  -- params: [20,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

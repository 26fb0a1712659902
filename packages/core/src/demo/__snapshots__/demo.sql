-- demo.countRows
select $1 as t, count(*)::int as n
  from "incidents"
  union all select $2 as t, count(*)::int as n
  from "risks";
  -- params: ["incidents","risks"]

-- demo.demoPeople
select "id", "code", "name", "type"
  from "units";
select "id", "username", "full_name", "unit_id"
  from "users";
select "id", "user_id", "full_name", "unit_id"
  from "team_members";

-- demo.demoTownLoaded
select "id"
  from "information_systems"
  where "notes" = $1
  limit $2;
  -- params: ["Dữ liệu mẫu",1]

-- demo.insertRows
insert into "readiness_equipment" ("unit_id", "name", "category", "updated_at")
  values ($1, $2, $3, $4), ($5, $6, $7, $8);
  -- params: ["00000000-0000-4000-8000-0000000000a1","Ổ cứng sao lưu","backup_media","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-0000000000a1","Bộ lưu điện","ups","2026-12-05T08:00:00.000Z"]

-- demo.takeIncidentCodes
create sequence if not exists "incident_code_2026";

    select setval($1, v)
  from (
      select greatest(
        coalesce((select max(nullif(regexp_replace(code, '^SC-[0-9]{4}-', ''), '')::bigint)
  from incidents
  where code like $2), 0),
        (select case when is_called then last_value else 0 end
  from "incident_code_2026")
      ) as v
    ) t
  where v > 0;
  -- params: ["incident_code_2026","SC-2026-%"]

    select nextval($1) as n
  from generate_series(1, $2)
  order by 1;
  -- params: ["incident_code_2026",3]

-- system.activeSystemNamesOfUnits
select "operating_unit_id", "name"
  from "information_systems"
  where "operating_unit_id" in ($1) and "archived" = $2;
  -- params: ["00000000-0000-4000-8000-0000000000a1",false]

-- system.deleteDependency
delete from "system_dependencies"
  where "from_system_id" = $1 and "to_system_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- system.dependantClosureEdges

    with recursive walk(id) as (
      select $1::uuid
      union
      select d.from_system_id
  from system_dependencies d join walk w on d.to_system_id = w.id
    )
    select d.from_system_id as "from", d.to_system_id as "to"
   
  from system_dependencies d
  where d.to_system_id in (select id
  from walk);
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- system.dependencyClosureEdges

    with recursive walk(id) as (
      select $1::uuid
      union
      select d.to_system_id
  from system_dependencies d join walk w on d.from_system_id = w.id
    )
    select d.from_system_id as "from", d.to_system_id as "to"
   
  from system_dependencies d
  where d.from_system_id in (select id
  from walk);
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- system.directNeighbours
select "s".*, "d"."note" as "dependency_note"
  from "system_dependencies" as "d"
  inner join "information_systems" as "s" on "s"."id" = "d"."to_system_id"
  where "d"."from_system_id" = $1
  order by "s"."name";
  -- params: ["00000000-0000-4000-8000-000000000001"]
select "s".*, "d"."note" as "dependency_note"
  from "system_dependencies" as "d"
  inner join "information_systems" as "s" on "s"."id" = "d"."from_system_id"
  where "d"."to_system_id" = $1
  order by "s"."name";
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- system.exportSystems
select "s".*, "ou"."name" as "owner_unit_name", "op"."name" as "operating_unit_name", "ou"."code" as "owner_unit_code", "op"."code" as "operating_unit_code"
  from "information_systems" as "s"
  inner join "units" as "ou" on "ou"."id" = "s"."owner_unit_id"
  inner join "units" as "op" on "op"."id" = "s"."operating_unit_id"
  where ("s"."owner_unit_id" = $1 or "s"."operating_unit_id" = $2) and "s"."archived" = $3 and ("s"."owner_unit_id" = $4 or "s"."operating_unit_id" = $5)
  order by "s"."name", "s"."id"
  limit $6;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1",false,"00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1",5000]

-- system.findDependency
select *
  from "system_dependencies"
  where "from_system_id" = $1 and "to_system_id" = $2;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- system.findSystemById
select *
  from "information_systems"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- system.findSystemWithUnits
select "s".*, "ou"."name" as "owner_unit_name", "op"."name" as "operating_unit_name"
  from "information_systems" as "s"
  inner join "units" as "ou" on "ou"."id" = "s"."owner_unit_id"
  inner join "units" as "op" on "op"."id" = "s"."operating_unit_id"
  where "s"."id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- system.findSystemsByIds
select *
  from "information_systems"
  where "id" in ($1, $2);
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- system.insertDependency
insert into "system_dependencies" ("from_system_id", "to_system_id", "note")
  values ($1, $2, $3)
  returning *;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002","Dùng chung CSDL"]

-- system.insertSystem
insert into "information_systems" ("name", "kind", "owner_unit_id", "operating_unit_id", "updated_at")
  values ($1, $2, $3, $4, $5)
  returning *;
  -- params: ["Cổng thông tin","portal","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z"]

-- system.insertSystems
insert into "information_systems" ("name", "kind", "owner_unit_id", "operating_unit_id", "updated_at")
  values ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10)
  returning *;
  -- params: ["Cổng thông tin","portal","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z","Thư điện tử","portal","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","2026-12-05T08:00:00.000Z"]

-- system.listSystems
select "s".*, "ou"."name" as "owner_unit_name", "op"."name" as "operating_unit_name"
  from "information_systems" as "s"
  inner join "units" as "ou" on "ou"."id" = "s"."owner_unit_id"
  inner join "units" as "op" on "op"."id" = "s"."operating_unit_id"
  where "s"."archived" = $1
  order by "s"."name", "s"."id"
  limit $2
  offset $3;
  -- params: [false,50,0]
select count(*) as "n"
  from "information_systems" as "s"
  inner join "units" as "ou" on "ou"."id" = "s"."owner_unit_id"
  inner join "units" as "op" on "op"."id" = "s"."operating_unit_id"
  where "s"."archived" = $1;
  -- params: [false]

-- system.lockDependencyGraph
select pg_advisory_xact_lock($1, $2);
  -- params: [728101,1]

-- system.updateSystem
update "information_systems"
  set "archived" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: [true,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- team.findTeamMemberById
select *
  from "team_members"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- team.insertTeamMember
insert into "team_members" ("unit_id", "full_name", "updated_at")
  values ($1, $2, $3)
  returning *;
  -- params: ["00000000-0000-4000-8000-0000000000a1","Trần An","2026-12-05T08:00:00.000Z"]

-- team.listActiveTeamMembers
select *
  from "team_members"
  where "active" = $1
  order by "on_call" desc, "full_name"
  limit $2
  offset $3;
  -- params: [true,50,0]
select count(*) as "n"
  from "team_members"
  where "active" = $1;
  -- params: [true]

-- team.updateTeamMember
update "team_members"
  set "on_call" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: [true,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- unit.ancestorIds

    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0
  from units
  where id = $1
     
  union all       select u.id, u.parent_id, up.depth + 1
  from units u join up on u.id = up.parent_id
  where up.depth < 50
    )
    select id
  from up
  where id <> $2
  order by depth;
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000001"]

-- unit.countUnitDependants
select (select count(*) as "n"
  from "units"
  where "parent_id" = $1 and "archived" = $2) as "children", (select count(*) as "n"
  from "users"
  where "unit_id" = $3 and "disabled" = $4) as "users";
  -- params: ["00000000-0000-4000-8000-000000000001",false,"00000000-0000-4000-8000-000000000001",false]

-- unit.findUnitByCode
select *
  from "units"
  where lower(code) = $1;
  -- params: ["xa-01"]

-- unit.findUnitById
select *
  from "units"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- unit.findUnitsByCodes
select "id", "code"
  from "units"
  where lower(code) in ($1, $2);
  -- params: ["xa-01","px-02"]

-- unit.findUnitsByIds
select *
  from "units"
  where "id" in ($1, $2);
  -- params: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002"]

-- unit.insertUnit
insert into "units" ("code", "name", "type", "updated_at")
  values ($1, $2, $3, $4)
  returning *;
  -- params: ["XA-01","Xã Một","commune","2026-12-05T08:00:00.000Z"]

-- unit.listUnits
select *
  from "units"
  where "archived" = $1
  order by "name", "id"
  limit $2
  offset $3;
  -- params: [false,50,0]
select count(*) as "n"
  from "units"
  where "archived" = $1;
  -- params: [false]

-- unit.lockUnitById
select *
  from "units"
  where "id" = $1 for update;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- unit.updateUnit
update "units"
  set "name" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: ["Xã Một Mới","2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- user.countUsers
select count(*) as "n"
  from "users";

-- user.findUserById
select *
  from "users"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- user.findUserByUsername
select *
  from "users"
  where lower(username) = $1;
  -- params: ["an.tran"]

-- user.findUsersByUsernames
select "id", "unit_id", "roles"
  from "users"
  where lower(username) in ($1, $2);
  -- params: ["an.tran","binh"]

-- user.insertUser
insert into "users" ("unit_id", "username", "full_name", "roles", "password_hash", "updated_at")
  values ($1, $2, $3, $4, $5, $6)
  returning *;
  -- params: ["00000000-0000-4000-8000-0000000000a1","an.tran","Trần An",["responder"],null,"2026-12-05T08:00:00.000Z"]

-- user.listUsers
select *
  from "users"
  order by "full_name", "id"
  limit $1
  offset $2;
  -- params: [50,0]
select count(*) as "n"
  from "users";

-- user.updateUser
update "users"
  set "disabled" = $1, "updated_at" = $2, "version" = version + 1
  where "id" = $3
  returning *;
  -- params: [true,"2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

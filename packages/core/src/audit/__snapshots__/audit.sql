-- audit.anyUser
select "id"
  from "users"
  limit $1;
  -- params: [1]

-- audit.chainHeads

    select h.chain, h.count, h.last_id, h.first_keyed, a.hash
   
  from (
      select chain, count(*) as count, max(id) as last_id, min(id) filter (where alg = 2) as first_keyed
     
  from audit_log
  group by chain
    ) h
    join audit_log a on a.id = h.last_id
   
  order by h.chain;

-- audit.chainPage
select *
  from "audit_log"
  where "chain" = $1
  order by "id" asc
  limit $2;
  -- params: [3,1000]
select *
  from "audit_log"
  where "chain" = $1 and "id" > $2
  order by "id" asc
  limit $3;
  -- params: [3,"1234",1000]

-- audit.insertAudit
insert into "audit_log" ("at", "actor_user_id", "actor_label", "ip", "request_id", "action", "entity_type", "entity_id", "unit_id", "before", "after", "chain", "prev_hash", "hash", "alg", "key_id")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-0000000000b1","An",null,null,"unit.create","unit","00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1",null,"{\"code\":\"X1\"}",3,"prev","hash",2,"k1"]

-- audit.insertCheckpoint
insert into "audit_checkpoints" ("at", "key_id", "body", "signature")
  values ($1, $2, $3, $4)
  returning "id";
  -- params: ["2026-12-05T08:00:00.000Z","k1","{\"heads\":[]}","sig"]

-- audit.lastHash
select "hash"
  from "audit_log"
  where "chain" = $1
  order by "id" desc
  limit $2;
  -- params: [3,1]

-- audit.latestCheckpointRow
select "id", "body", "signature"
  from "audit_checkpoints"
  order by "id" desc
  limit $1;
  -- params: [1]

-- audit.listAudit
select *
  from "audit_log"
  where "entity_type" = $1 and "entity_id" = $2 and "actor_user_id" = $3 and "action" = $4 and "at" >= $5 and "at" < $6
  order by "id" desc
  limit $7
  offset $8;
  -- params: ["unit","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000b1","unit.create","2026-01-01T00:00:00.000Z","2027-01-01T00:00:00.000Z",50,0]
select count(*) as "n"
  from "audit_log"
  where "entity_type" = $1 and "entity_id" = $2 and "actor_user_id" = $3 and "action" = $4 and "at" >= $5 and "at" < $6;
  -- params: ["unit","00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-0000000000b1","unit.create","2026-01-01T00:00:00.000Z","2027-01-01T00:00:00.000Z"]

-- audit.lockChain
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810010]
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810011]
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810012]
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810013]
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810014]
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810015]
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810016]
select pg_try_advisory_xact_lock($1) as ok;
  -- params: [72810017]
select pg_advisory_xact_lock($1);
  -- params: [72810010]

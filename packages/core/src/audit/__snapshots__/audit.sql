-- audit.anyUser
select "id"
  from "users"
  limit $1;
  -- params: [1]

-- audit.appendAudit

    with ins as (
      insert into audit_log (at, actor_user_id, actor_label, ip, request_id, action, entity_type, entity_id,
                             unit_id, before, after, chain, prev_hash, alg, key_id, hash)
      select r.at, r.actor_user_id, r.actor_label, r.ip, r.request_id, r.action, r.entity_type, r.entity_id,
             r.unit_id, r.before, r.after, $1, r.prev_hash, r.alg, r.key_id, r.hash
     
  from jsonb_populate_recordset(null::audit_log, $2::jsonb) with ordinality as r
     
  order by r.ordinality
     
  returning id
    ), head as (
      update audit_heads
  set last_id = (select max(id)
  from ins), hash = $3
     
  where chain = $4
     
  returning chain
    )
    select (select count(*)
  from head) as heads,
           (select count(*)
  from (
              select pg_notify(n->>'channel', n->>'payload')
  from jsonb_array_elements($5::jsonb) n
            ) sent) as sent;
  -- params: [3,"[{\"at\":\"2026-12-05T08:00:00.000Z\",\"actor_user_id\":\"00000000-0000-4000-8000-0000000000b1\",\"actor_label\":\"An\",\"ip\":null,\"request_id\":null,\"action\":\"unit.create\",\"entity_type\":\"unit\",\"entity_id\":\"00000000-0000-4000-8000-0000000000a1\",\"unit_id\":\"00000000-0000-4000-8000-0000000000a1\",\"before\":null,\"after\":{\"code\":\"X1\"},\"chain\":3,\"prev_hash\":\"prev\",\"hash\":\"hash\",\"alg\":2,\"key_id\":\"k1\"}]","hash",3,"[{\"channel\":\"ungcuu_changes\",\"payload\":\"{}\"}]"]

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

-- audit.claimChain

    select h.chain, h.last_id, h.hash, (select max(a.id)
  from audit_log a
  where a.chain = h.chain) as seen
   
  from audit_heads h
   
  order by h.chain = $1 desc, random()
   
  limit 1
   
  for update of h skip locked;
  -- params: [3]

        select h.chain, h.last_id, h.hash, (select max(a.id)
  from audit_log a
  where a.chain = h.chain) as seen
       
  from audit_heads h
  where h.chain = $1
       
  for update of h;
  -- params: [3]

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

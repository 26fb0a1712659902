-- statistics.budgetAwaitingDecision

    select l.id, l.fiscal_year, l.title, u.name as unit_name, l.amount::text as amount
   
  from budget_lines l join units u on u.id = l.unit_id
   
  where l.status = 'submitted' and true
   
  order by l.fiscal_year desc, l.amount desc
  limit $1;
  -- params: [50]

-- statistics.decisionIncidents

    select i.id, i.code, i.title, i.tier, i.state, i.detected_at, u.name as unit_name
   
  from incidents i
  left join units u on u.id = i.reporting_unit_id
   
  where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered') and i.tier in ('T3', 'T4') and true
   
  order by i.tier desc, i.detected_at desc
  limit $1;
  -- params: [50]

-- statistics.incidentBreakdown

      select coalesce(i.cause_group, '') as key, null as label, count(*)::int as total,
  (count(*) filter (where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered')))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed
     
  from incidents i
  where i.state not in ('rejected', 'duplicate', 'merged') and i.detected_at >= $1 and i.detected_at < $2 and i.unit_ids && array[$3]::uuid[] and i.cause_group = $4
     
  group by 1
  order by 1;
  -- params: ["2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack"]

      select coalesce(i.subtype, '') as key, null as label, count(*)::int as total,
  (count(*) filter (where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered')))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed
     
  from incidents i
  where i.state not in ('rejected', 'duplicate', 'merged') and i.detected_at >= $1 and i.detected_at < $2 and i.unit_ids && array[$3]::uuid[] and i.cause_group = $4
     
  group by 1
  order by 1;
  -- params: ["2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack"]

      select i.tier as key, null as label, count(*)::int as total,
  (count(*) filter (where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered')))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed
     
  from incidents i
  where i.state not in ('rejected', 'duplicate', 'merged') and i.detected_at >= $1 and i.detected_at < $2 and i.unit_ids && array[$3]::uuid[] and i.cause_group = $4
     
  group by 1
  order by 1;
  -- params: ["2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack"]

      select i.state as key, null as label, count(*)::int as total,
  (count(*) filter (where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered')))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed
     
  from incidents i
  where i.state not in ('rejected', 'duplicate', 'merged') and i.detected_at >= $1 and i.detected_at < $2 and i.unit_ids && array[$3]::uuid[] and i.cause_group = $4
     
  group by 1
  order by 1;
  -- params: ["2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack"]

      select to_char("c"."m", 'YYYY-MM') as key, null as label, c.total, c.open, c.closed
  from (
        select date_trunc('month', (i.detected_at at time zone 'UTC') + interval '7 hours') as m, count(*)::int as total,
  (count(*) filter (where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered')))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed
  from incidents i
  where i.state not in ('rejected', 'duplicate', 'merged') and i.detected_at >= $1 and i.detected_at < $2 and i.unit_ids && array[$3]::uuid[] and i.cause_group = $4
  group by 1
      ) c
  order by c.m;
  -- params: ["2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack"]

      select coalesce(c.system_id::text, '') as key, s.name as label, c.total, c.open, c.closed
  from (
        select i.system_id, count(*)::int as total,
  (count(*) filter (where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered')))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed
  from incidents i
  where i.state not in ('rejected', 'duplicate', 'merged') and i.detected_at >= $1 and i.detected_at < $2 and i.unit_ids && array[$3]::uuid[] and i.cause_group = $4
       
  group by i.system_id
  order by total desc
  limit $5
      ) c
  left join information_systems s on s.id = c.system_id
     
  order by c.total desc, s.name;
  -- params: ["2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack",200]

      select c.key, u.name as label, c.total, c.open, c.closed
  from (
        select x.unit_id as unit_id, x.unit_id::text as key, count(*)::int as total,
  (count(*) filter (where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered')))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed
       
  from incidents i cross join lateral unnest(i.unit_ids) as x(unit_id)
       
  where i.state not in ('rejected', 'duplicate', 'merged') and i.unit_ids @> array[$1]::uuid[] and x.unit_id = any(array[$2]::uuid[])
       
  group by x.unit_id
  order by total desc
  limit $3
      ) c join units u on u.id = c.unit_id
     
  order by c.total desc, u.name;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1",200]

-- statistics.inspectionResults

      select x.status, count(*)::int as n
  from inspections x
     
  where x.year = $1 and true and x.unit_id = any(array[$2]::uuid[])
  group by x.status
  order by x.status;
  -- params: [2026,"00000000-0000-4000-8000-0000000000a1"]

      select x.unit_id, u.name as unit_name, count(*)::int as open,
        (count(*) filter (where x.due_date < $1::date))::int as overdue
     
  from remediation_tasks x join units u on u.id = x.unit_id
     
  where x.status = 'open' and true and x.unit_id = any(array[$2]::uuid[])
     
  group by x.unit_id, u.name
  order by open desc, u.name
  limit 50;
  -- params: ["2026-12-05","00000000-0000-4000-8000-0000000000a1"]

-- statistics.openIncidentsPage

    select i.id, i.code, i.regime_id, i.state, i.closed_at, i.updated_at, i.detected_at, i.reported_at, i.tier,
      i.triggers, i.personal_data, i.serious, i.national_security_harm, i.deadlines_done, i.deadlines_waived
   
  from incidents i
   
  where i.state in ('new', 'triaged', 'responding', 'contained', 'recovered') and i.tier in ('T3', 'T4') and i.id > $1
      and i.state not in ('rejected', 'duplicate', 'merged') and i.unit_ids @> array[$2]::uuid[]
   
  order by i.id
  limit $3;
  -- params: ["00000000-0000-0000-0000-000000000000","00000000-0000-4000-8000-0000000000a1",500]

-- statistics.overdueTasksByUnit

    select t.assignee_unit_id as unit_id, u.name as unit_name, count(*)::int as n
   
  from incident_tasks t
    join incidents i on i.id = t.incident_id
   
  left join units u on u.id = t.assignee_unit_id
   
  where t.status in ('open', 'accepted', 'in_progress') and t.due_at < $1
      and i.state not in ('rejected', 'duplicate', 'merged') and i.unit_ids && array[$2]::uuid[] and i.cause_group = $3
   
  group by t.assignee_unit_id, u.name
  order by n desc
  limit 50;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack"]

-- statistics.recentEscalations

    select e.id, e.incident_id, i.code as incident_code, u.name as to_unit_name, e.sent_at, e.summary
   
  from incident_escalations e join incidents i on i.id = e.incident_id
   
  left join units u on u.id = e.to_unit_id
   
  where e.sent_at >= $1 and i.state in ('new', 'triaged', 'responding', 'contained', 'recovered') and i.unit_ids @> array[$2]::uuid[]
   
  order by e.sent_at desc
  limit $3;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-0000000000a1",20]

-- statistics.responseTimes

    select to_char("c"."m", 'YYYY-MM') as month, c.ack_n, c.ack, c.contain_n, c.contain, c.close_n, c.close
  from (
      select date_trunc('month', (i.detected_at at time zone 'UTC') + interval '7 hours') as m, 
    (count(date_part('epoch', "i"."acknowledged_at" - "i"."reported_at") / 3600.0))::int as "ack_n",
    percentile_cont(array[0.5, 0.9]) within group (order by date_part('epoch', "i"."acknowledged_at" - "i"."reported_at") / 3600.0) as "ack", 
    (count(date_part('epoch', "i"."contained_at" - "i"."detected_at") / 3600.0))::int as "contain_n",
    percentile_cont(array[0.5, 0.9]) within group (order by date_part('epoch', "i"."contained_at" - "i"."detected_at") / 3600.0) as "contain", 
    (count(case when i.state = 'closed' then date_part('epoch', "i"."closed_at" - "i"."detected_at") / 3600.0 end))::int as "close_n",
    percentile_cont(array[0.5, 0.9]) within group (order by case when i.state = 'closed' then date_part('epoch', "i"."closed_at" - "i"."detected_at") / 3600.0 end) as "close"
     
  from incidents i
  where i.state not in ('rejected', 'duplicate', 'merged') and i.unit_ids @> array[$1]::uuid[] and i.detected_at >= $2 and i.detected_at < $3 and i.unit_ids && array[$4]::uuid[] and i.cause_group = $5
     
  group by 1
    ) c
  order by c.m;
  -- params: ["00000000-0000-4000-8000-0000000000a1","2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z","00000000-0000-4000-8000-0000000000a1","attack"]

-- statistics.uptimeByMonitor

      select m.id as monitor_id, m.name, m.unit_id, u.name as unit_name, m.system_id,
        sum(b.checks)::int as checks, sum(b.ok)::int as ok
     
  from monitor_buckets b join monitors m on m.id = b.monitor_id join units u on u.id = m.unit_id
     
  where b.period = 'day' and m.unit_id = $1 and m.unit_id = any(array[$2]::uuid[]) and b.bucket_start >= $3 and b.bucket_start < $4
     
  group by m.id, m.name, m.unit_id, u.name, m.system_id
     
  order by sum(b.ok)::float / nullif(sum(b.checks), 0) asc nulls last, m.name
  limit 50;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z"]

      select sum(b.checks)::bigint::int as checks, sum(b.ok)::bigint::int as ok
     
  from monitor_buckets b join monitors m on m.id = b.monitor_id
  where b.period = 'day' and m.unit_id = $1 and m.unit_id = any(array[$2]::uuid[]) and b.bucket_start >= $3 and b.bucket_start < $4;
  -- params: ["00000000-0000-4000-8000-0000000000a1","00000000-0000-4000-8000-0000000000a1","2025-12-31T17:00:00.000Z","2026-06-30T17:00:00.000Z"]

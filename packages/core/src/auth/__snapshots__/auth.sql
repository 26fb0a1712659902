-- session.deleteExpiredSessions
delete from "sessions"
  where "expires_at" <= $1;
  -- params: ["2026-12-05T08:00:00.000Z"]

-- session.deleteOtherSessions
delete from "sessions"
  where "user_id" = $1 and "id" <> $2;
  -- params: ["00000000-0000-4000-8000-0000000000b1","session-id"]
select pg_notify($1, $2);
  -- params: ["ungcuu_revocations","{\"userId\":\"00000000-0000-4000-8000-0000000000b1\"}"]

-- session.deleteSession
delete from "sessions"
  where "id" = $1
  returning "user_id";
  -- params: ["session-id"]

-- session.deleteSessionsOfUser
delete from "sessions"
  where "user_id" = $1;
  -- params: ["00000000-0000-4000-8000-0000000000b1"]
select pg_notify($1, $2);
  -- params: ["ungcuu_revocations","{\"userId\":\"00000000-0000-4000-8000-0000000000b1\"}"]

-- session.findActiveSession
select "sessions"."id" as "session_id", "sessions"."csrf_token", "sessions"."last_seen_at", "sessions"."expires_at", "users"."id" as "user_id", "users"."unit_id", "users"."username", "users"."full_name", "users"."roles", "users"."locale", "users"."disabled", "users"."totp_enabled", "users"."must_change_password"
  from "sessions"
  inner join "users" on "users"."id" = "sessions"."user_id"
  where "sessions"."id" = $1 and "sessions"."expires_at" > $2;
  -- params: ["session-id","2026-12-05T08:00:00.000Z"]

-- session.insertSession
insert into "sessions" ("id", "user_id", "csrf_token", "ip", "user_agent", "expires_at", "last_seen_at")
  values ($1, $2, $3, $4, $5, $6, $7);
  -- params: ["session-id","00000000-0000-4000-8000-0000000000b1","csrf","127.0.0.1",null,"2026-12-05T20:00:00.000Z","2026-12-05T08:00:00.000Z"]

-- session.touchSession
update "sessions"
  set "last_seen_at" = $1, "expires_at" = $2
  where "id" = $3;
  -- params: ["2026-12-05T08:00:00.000Z","2026-12-05T20:00:00.000Z","session-id"]

-- settings.getSetting
select "value"
  from "settings"
  where "key" = $1;
  -- params: ["security"]

-- settings.putSetting
insert into "settings" ("key", "value", "updated_at")
  values ($1, $2, $3)
  on conflict ("key") do update
  set "value" = $4, "updated_at" = $5;
  -- params: ["security","{\"totpRequired\":true}","2026-12-05T08:00:00.000Z","{\"totpRequired\":true}","2026-12-05T08:00:00.000Z"]

-- throttle.clearThrottle
delete from "auth_throttle"
  where "key" = $1;
  -- params: ["user:an"]

-- throttle.deleteStaleThrottles
delete from "auth_throttle"
  where (("key" not like $1 and "last_at" < $2) or "last_at" < $3);
  -- params: ["seen:%","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z"]

-- throttle.lastMarked
select "last_at"
  from "auth_throttle"
  where "key" = $1;
  -- params: ["seen:an:127.0.0.1"]

-- throttle.lockThrottleRows
insert into "auth_throttle" ("key", "window_start", "last_at", "count")
  values ($1, $2, $3, $4), ($5, $6, $7, $8)
  on conflict ("key") do nothing;
  -- params: ["ip:127.0.0.1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z",0,"user:an","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z",0]
select *
  from "auth_throttle"
  where "key" in ($1, $2)
  order by "key" for update;
  -- params: ["ip:127.0.0.1","user:an"]

-- throttle.markThrottle

    insert into auth_throttle (key, window_start, last_at, count)
  values ($1, $2, $3, 0)
   
  on conflict (key) do update
  set last_at = $4;
  -- params: ["seen:an:127.0.0.1","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z","2026-12-05T08:00:00.000Z"]

-- throttle.refundThrottle
update "auth_throttle"
  set "count" = greatest(count - 1, 0)
  where "key" in ($1);
  -- params: ["user:an"]

-- throttle.saveThrottle
update "auth_throttle"
  set "count" = $1, "window_start" = $2, "last_at" = $3
  where "key" = $4;
  -- params: [2,"2026-12-05T08:00:00.000Z","2026-12-05T20:00:00.000Z","user:an"]

-- token.findTokenById
select *
  from "api_tokens"
  where "id" = $1;
  -- params: ["00000000-0000-4000-8000-000000000001"]

-- token.findTokenWithOwnerByHash
select "api_tokens"."id", "api_tokens"."name", "api_tokens"."scopes", "api_tokens"."expires_at", "api_tokens"."revoked_at", "api_tokens"."last_used_at", "users"."id" as "user_id", "users"."unit_id", "users"."roles", "users"."username", "users"."disabled"
  from "api_tokens"
  inner join "users" on "users"."id" = "api_tokens"."user_id"
  where "api_tokens"."token_hash" = $1;
  -- params: ["hash"]

-- token.insertToken
insert into "api_tokens" ("user_id", "name", "token_hash", "prefix", "scopes", "expires_at", "last_used_at", "revoked_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8)
  returning *;
  -- params: ["00000000-0000-4000-8000-0000000000b1","SIEM","hash","ucu_abcdef",["incident.create"],null,null,null]

-- token.listTokens
select *
  from "api_tokens"
  order by "created_at" desc
  limit $1;
  -- params: [200]
select *
  from "api_tokens"
  where "user_id" = $1
  order by "created_at" desc
  limit $2;
  -- params: ["00000000-0000-4000-8000-0000000000b1",200]

-- token.markTokenUsed
update "api_tokens"
  set "last_used_at" = $1
  where "id" = $2;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- token.revokeToken
update "api_tokens"
  set "revoked_at" = $1
  where "id" = $2
  returning *;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-000000000001"]

-- token.revokeTokensOfUser
update "api_tokens"
  set "revoked_at" = $1
  where "user_id" = $2 and "revoked_at" is null;
  -- params: ["2026-12-05T08:00:00.000Z","00000000-0000-4000-8000-0000000000b1"]

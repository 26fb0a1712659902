import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, NOW, USER } from '../testing/sql-snapshot-values.ts';
import * as session from './session.repository.ts';
import * as settings from './settings.repository.ts';
import * as throttle from './throttle.repository.ts';
import * as token from './token.repository.ts';

const LATER = new Date('2026-12-05T20:00:00.000Z');

test('auth repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/auth.sql', import.meta.url), {
    session: {
      exports: session,
      cases: {
        insertSession: {
          run: (db) =>
            session.insertSession(db, {
              id: 'session-id',
              user_id: USER,
              csrf_token: 'csrf',
              ip: '127.0.0.1',
              user_agent: null,
              expires_at: LATER,
              last_seen_at: NOW,
            }),
        },
        findActiveSession: { run: (db) => session.findActiveSession(db, 'session-id', NOW) },
        touchSession: { run: (db) => session.touchSession(db, 'session-id', NOW, LATER) },
        deleteSession: { run: (db) => session.deleteSession(db, 'session-id') },
        deleteSessionsOfUser: { run: (db) => session.deleteSessionsOfUser(db, USER) },
        deleteOtherSessions: { run: (db) => session.deleteOtherSessions(db, USER, 'session-id') },
        deleteExpiredSessions: { run: (db) => session.deleteExpiredSessions(db, NOW) },
      },
    },
    settings: {
      exports: settings,
      cases: {
        getSetting: { run: (db) => settings.getSetting(db, 'security') },
        putSetting: { run: (db) => settings.putSetting(db, 'security', { totpRequired: true }, NOW) },
      },
    },
    throttle: {
      exports: throttle,
      cases: {
        lockThrottleRows: { run: (trx) => throttle.lockThrottleRows(trx, ['user:an', 'ip:127.0.0.1'], NOW) },
        saveThrottle: {
          run: (trx) => throttle.saveThrottle(trx, 'user:an', { count: 2, firstAt: NOW, lastAt: LATER }),
        },
        refundThrottle: { run: (db) => throttle.refundThrottle(db, ['user:an']) },
        clearThrottle: { run: (db) => throttle.clearThrottle(db, 'user:an') },
        markThrottle: { run: (db) => throttle.markThrottle(db, 'seen:an:127.0.0.1', NOW) },
        lastMarked: { run: (db) => throttle.lastMarked(db, 'seen:an:127.0.0.1') },
        deleteStaleThrottles: { run: (db) => throttle.deleteStaleThrottles(db, NOW, NOW) },
      },
    },
    token: {
      exports: token,
      cases: {
        listTokens: {
          run: async (db) => {
            await token.listTokens(db, null);
            await token.listTokens(db, USER);
          },
        },
        findTokenById: { run: (db) => token.findTokenById(db, ID) },
        insertToken: {
          run: (db) =>
            token.insertToken(db, {
              user_id: USER,
              name: 'SIEM',
              token_hash: 'hash',
              prefix: 'ucu_abcdef',
              scopes: ['incident.create'],
              expires_at: null,
              last_used_at: null,
              revoked_at: null,
            }),
        },
        revokeToken: { run: (db) => token.revokeToken(db, ID, NOW) },
        revokeTokensOfUser: { run: (db) => token.revokeTokensOfUser(db, USER, NOW) },
        findTokenWithOwnerByHash: { run: (db) => token.findTokenWithOwnerByHash(db, 'hash') },
        markTokenUsed: { run: (db) => token.markTokenUsed(db, ID, NOW) },
      },
    },
  });
});

import { test } from 'node:test';
import type { OutboxRow } from '../db/schema-notifications.ts';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, ID2, NOW, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as notification from './notification.repository.ts';
import type { EndpointValues } from './notification-settings.repository.ts';
import * as settings from './notification-settings.repository.ts';
import * as outbox from './outbox.repository.ts';
import * as recipients from './recipients.repository.ts';
import * as reminders from './reminders.repository.ts';

const reader = { userId: USER, unitId: UNIT };
const outboxRow = { id: ID, attempts: 2 } as OutboxRow;
const endpoint: EndpointValues = {
  kind: 'webhook',
  name: 'SOC',
  url: 'https://soc.example/hook',
  secret: null,
  config: {},
  kinds: ['incident.reported'],
  min_tier: 3,
  enabled: true,
};

test('notifications repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/notifications.sql', import.meta.url), {
    notification: {
      exports: notification,
      cases: {
        listVisible: {
          run: async (db) => {
            await notification.listVisible(db, reader, { limit: 20, offset: 0, unreadOnly: false });
            await notification.listVisible(db, reader, { limit: 20, offset: 40, unreadOnly: true });
          },
        },
        countVisible: {
          run: (db) => notification.countVisible(db, reader),
          rows: () => [{ n: '3', unread: '1' }],
        },
        findNotification: { run: (db) => notification.findNotification(db, ID) },
        markNotificationRead: { run: (db) => notification.markNotificationRead(db, ID, NOW) },
      },
    },
    outbox: {
      exports: outbox,
      cases: {
        claimDue: { run: (db) => outbox.claimDue(db, NOW, 300_000, 20) },
        markSent: { run: (db) => outbox.markSent(db, outboxRow, NOW, 12.4) },
        markFailed: {
          run: async (db) => {
            await outbox.markFailed(db, outboxRow, NOW, 'connection refused', NOW, 8);
            await outbox.markFailed(db, outboxRow, NOW, 'connection refused', null, 8);
          },
        },
      },
    },
    recipients: {
      exports: recipients,
      cases: {
        findRecipientUsers: {
          run: async (db) => {
            await recipients.findRecipientUsers(db, {
              userIds: [USER],
              unitIds: [UNIT],
              unitOfficerUnitIds: [UNIT],
              focalOffice: true,
              roles: ['coordinator'],
            });
            await recipients.findRecipientUsers(db, {
              userIds: [USER],
              unitIds: [],
              unitOfficerUnitIds: [],
              focalOffice: false,
              roles: [],
            });
          },
        },
        enabledEndpoints: { run: (db) => recipients.enabledEndpoints(db) },
      },
    },
    reminders: {
      exports: reminders,
      cases: {
        contractsEndingBetween: {
          run: (db) => reminders.contractsEndingBetween(db, '2026-12-05', '2027-01-04'),
        },
        inspectionsPlannedBetween: {
          run: (db) => reminders.inspectionsPlannedBetween(db, '2026-12-05', '2026-12-12'),
        },
        unacknowledgedUrgent: { run: (db) => reminders.unacknowledgedUrgent(db, NOW) },
        backupFocalEmails: { run: (db) => reminders.backupFocalEmails(db) },
        digestReaders: { run: (db) => reminders.digestReaders(db) },
        unreadSince: { run: (db) => reminders.unreadSince(db, { id: USER, unitId: UNIT }, NOW) },
      },
    },
    settings: {
      exports: settings,
      cases: {
        findPrefs: { run: (db) => settings.findPrefs(db, USER) },
        savePrefs: { run: (db) => settings.savePrefs(db, USER, { digest: true }, NOW) },
        listEndpoints: { run: (db) => settings.listEndpoints(db) },
        findEndpoint: { run: (db) => settings.findEndpoint(db, ID) },
        insertEndpoint: { run: (db) => settings.insertEndpoint(db, endpoint, NOW) },
        updateEndpoint: { run: (db) => settings.updateEndpoint(db, ID, endpoint, NOW) },
        deleteEndpoint: { run: (db) => settings.deleteEndpoint(db, ID) },
        outboxOfNotice: {
          run: async (db) => {
            await settings.outboxOfNotice(db, ID, USER);
            await settings.outboxOfNotice(db, ID, null);
          },
        },
        deliveriesOfEndpoint: { run: (db) => settings.deliveriesOfEndpoint(db, ID2, 50) },
        findOutbox: { run: (db) => settings.findOutbox(db, ID) },
        noticeAddressee: { run: (db) => settings.noticeAddressee(db, ID) },
        emailOfUser: { run: (db) => settings.emailOfUser(db, USER) },
      },
    },
  });
});

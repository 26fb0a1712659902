import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, ID2, NOW, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as mailIntake from './mail-intake.repository.ts';

const SENDER = 'an@so-tttt.example.vn';

test('mail intake repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/mail-intake.sql', import.meta.url), {
    mailIntake: {
      exports: mailIntake,
      cases: {
        unitForSender: { run: (db) => mailIntake.unitForSender(db, SENDER) },
        userForSender: { run: (db) => mailIntake.userForSender(db, SENDER) },
        listSenders: { run: (db) => mailIntake.listSenders(db, UNIT) },
        sendersHeldElsewhere: {
          run: (db) => mailIntake.sendersHeldElsewhere(db, UNIT, [SENDER, '@so-tttt.example.vn']),
        },
        replaceSenders: {
          run: (db) => mailIntake.replaceSenders(db, UNIT, [SENDER, '@so-tttt.example.vn'], USER),
        },
        addSender: { run: (db) => mailIntake.addSender(db, UNIT, SENDER, USER) },
        insertMail: {
          run: (db) =>
            mailIntake.insertMail(db, {
              message_id: '<a1@so-tttt.example.vn>',
              from_address: SENDER,
              from_name: 'An',
              subject: 'Máy chủ bị mã hoá',
              received_at: NOW,
              status: 'pending',
              reason: null,
              size: 3,
              sha256: 'ab',
              raw: Buffer.from('raw'),
              remote_address: '127.0.0.1',
            }),
          rows: () => [{ id: ID }],
        },
        alreadyHandled: { run: (db) => mailIntake.alreadyHandled(db, '<a1@so-tttt.example.vn>') },
        lockMail: { run: (db) => mailIntake.lockMail(db, ID) },
        rawMessageOf: { run: (db) => mailIntake.rawMessageOf(db, ID) },
        findMail: { run: (db) => mailIntake.findMail(db, ID) },
        listMails: {
          run: async (db) => {
            await mailIntake.listMails(db, { limit: 25, offset: 0 });
            await mailIntake.listMails(db, { status: 'quarantined', limit: 25, offset: 50 });
          },
          rows: () => [{ n: '0' }],
        },
        updateMail: {
          run: (db) =>
            mailIntake.updateMail(db, ID, {
              status: 'filed',
              incident_id: ID2,
              unit_id: UNIT,
              handled_by: USER,
              handled_at: NOW,
              raw: null,
            }),
        },
        incidentForThread: {
          run: (db) =>
            mailIntake.incidentForThread(db, ['<a1@so-tttt.example.vn>', '<b2@ungcuu.example.vn>']),
        },
        rememberMessageIds: {
          run: (db) =>
            mailIntake.rememberMessageIds(db, ID, [
              { messageId: '<a1@so-tttt.example.vn>', direction: 'in' },
              { messageId: '<b2@ungcuu.example.vn>', direction: 'out' },
            ]),
        },
        mailSendersOf: { run: (db) => mailIntake.mailSendersOf(db, ID) },
      },
    },
  });
});

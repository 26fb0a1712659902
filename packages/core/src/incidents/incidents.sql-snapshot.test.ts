import { test } from 'node:test';
import type { Playbook } from '@ungcuu/domain/playbooks/playbook.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, ID2, NOW, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as classifier from './classifier.repository.ts';
import * as comment from './comment.repository.ts';
import * as escalation from './escalation.repository.ts';
import * as evidence from './evidence.repository.ts';
import * as incident from './incident.repository.ts';
import * as incidentList from './incident-list.repository.ts';
import * as link from './link.repository.ts';
import * as observables from './observables.repository.ts';
import * as playbook from './playbook.repository.ts';
import * as regime from './regime.repository.ts';
import * as reportDoc from './report-doc.repository.ts';
import * as savedFilter from './saved-filter.repository.ts';
import * as similar from './similar.repository.ts';
import * as task from './task.repository.ts';
import * as timeline from './timeline.repository.ts';

const incidentRow = { id: ID, reporting_unit_id: UNIT } as IncidentRow;
const onePlaybookStep = {
  steps: [
    {
      key: 'p1-contain',
      phase: 'P1',
      title: { vi: 'Cô lập', en: 'Contain' },
      instructions: { vi: '', en: '' },
      evidence: { vi: '', en: '' },
      expectedMinutes: 60,
      defaultRole: 'unit_officer',
    },
  ],
} as unknown as Playbook;

test('incidents repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/incidents.sql', import.meta.url), {
    classifier: {
      exports: classifier,
      cases: {
        upsertExample: {
          run: (db) =>
            classifier.upsertExample(db, {
              incidentId: ID,
              text: 'Máy chủ bị mã hoá',
              subtype: 'attack.ransomware',
              suggestedSubtype: 'attack.malware',
              suggestedConfidence: 0.7,
              modelVersion: 'shipped',
              confirmedBy: USER,
              confirmedAt: NOW,
            }),
        },
        trainingExamples: { run: (db) => classifier.trainingExamples(db) },
        examplesBetween: { run: (db) => classifier.examplesBetween(db, NOW, NOW, 100) },
        countExamplesAfter: {
          run: async (db) => {
            await classifier.countExamplesAfter(db, null);
            await classifier.countExamplesAfter(db, NOW);
          },
          rows: () => [{ n: '0' }],
        },
        activeModelRef: { run: (db) => classifier.activeModelRef(db) },
        modelData: { run: (db) => classifier.modelData(db, ID) },
        lastModelChange: { run: (db) => classifier.lastModelChange(db) },
        nextModelVersion: { run: (db) => classifier.nextModelVersion(db), rows: () => [{ v: 1 }] },
        deactivateModels: {
          run: async (db) => {
            await classifier.deactivateModels(db, null);
            await classifier.deactivateModels(db, NOW);
          },
        },
        insertModel: {
          run: (db) =>
            classifier.insertModel(db, {
              version: 2,
              data: {},
              officeExamples: 3,
              trainMs: 10,
              trainedAt: NOW,
            }),
          rows: () => [{ id: ID, version: 2 }],
        },
        listModels: { run: (db) => classifier.listModels(db, 20) },
      },
    },
    comment: {
      exports: comment,
      cases: {
        listCommentsOfIncident: { run: (db) => comment.listCommentsOfIncident(db, ID) },
        insertComment: {
          run: (db) =>
            comment.insertComment(db, {
              incident_id: ID,
              author_user_id: USER,
              body: 'Xem @an',
              mentions: [USER],
            }),
        },
      },
    },
    escalation: {
      exports: escalation,
      cases: {
        listEscalationsOfIncident: { run: (db) => escalation.listEscalationsOfIncident(db, ID) },
        escalatedUnitNames: { run: (db) => escalation.escalatedUnitNames(db, ID) },
        sharesWithUnit: { run: (db) => escalation.sharesWithUnit(db, ID, UNIT) },
        latestShareWithUnit: { run: (db) => escalation.latestShareWithUnit(db, ID, UNIT) },
        insertEscalation: {
          run: (db) =>
            escalation.insertEscalation(db, {
              incident_id: ID,
              to_unit_id: UNIT,
              sent_by: USER,
              sent_at: NOW,
              channel: 'phone',
              summary: 'Tóm tắt',
              shared: JSON.stringify({ evidence: true }),
            }),
        },
      },
    },
    evidence: {
      exports: evidence,
      cases: {
        listEvidenceOfIncident: { run: (db) => evidence.listEvidenceOfIncident(db, ID) },
        insertEvidence: {
          run: (db) =>
            evidence.insertEvidence(db, {
              incident_id: ID,
              filename: 'log.txt',
              content_type: 'text/plain',
              size: 3,
              sha256: 'ab',
              content: Buffer.from('log'),
              description: null,
              uploaded_by: USER,
              uploaded_at: NOW,
            }),
        },
        findEvidenceOfIncident: { run: (db) => evidence.findEvidenceOfIncident(db, ID, ID2) },
      },
    },
    incident: {
      exports: incident,
      pure: ['forgetIncidentCodeSequences'],
      cases: {
        nextIncidentCode: { run: (db) => incident.nextIncidentCode(db, 2026), rows: () => [{ n: '42' }] },
        insertIncident: {
          run: (db) =>
            incident.insertIncident(db, {
              code: 'SC-2026-0042',
              title: 'Lộ lọt dữ liệu',
              reporting_unit_id: UNIT,
              detected_at: NOW,
              reported_at: NOW,
              regime_id: 'tt20-2017',
              updated_at: NOW,
            } as Parameters<typeof incident.insertIncident>[1]),
        },
        ensureIncidentCodeSequence: {
          run: (db) => incident.ensureIncidentCodeSequence(db, 2026),
        },
        insertReport: {
          run: (db) =>
            incident.insertReport(
              db,
              {
                title: 'Lộ lọt dữ liệu',
                reporting_unit_id: UNIT,
                detected_at: NOW,
                reported_at: NOW,
                regime_id: 'tt20-2017',
                updated_at: NOW,
              } as Parameters<typeof incident.insertReport>[1],
              2026,
              [
                {
                  at: NOW.toISOString(),
                  kind: 'auto',
                  event: 'acknowledged',
                  actor_user_id: USER,
                  actor_label: 'An',
                  data: { code: null },
                },
              ],
              [{ kind: 'ip', value: '10.0.0.1', normalized: '10.0.0.1' }],
            ),
          rows: () => [{ id: ID }],
        },
        insertReports: {
          run: (db) =>
            incident.insertReports(
              db,
              [
                {
                  id: ID,
                  title: 'Lộ lọt dữ liệu',
                  reporting_unit_id: UNIT,
                  detected_at: NOW,
                  reported_at: NOW,
                  regime_id: 'tt20-2017',
                  updated_at: NOW,
                } as Parameters<typeof incident.insertReports>[1][number],
              ],
              2026,
              [
                {
                  incident_id: ID,
                  at: NOW.toISOString(),
                  kind: 'auto',
                  event: 'acknowledged',
                  actor_user_id: USER,
                  actor_label: 'An',
                  data: { code: null },
                },
              ],
              [{ incident_id: ID, kind: 'ip', value: '10.0.0.1', normalized: '10.0.0.1' }],
            ),
        },
        findIncidentById: { run: (db) => incident.findIncidentById(db, ID) },
        findLinkSummaries: { run: (db) => incident.findLinkSummaries(db, [ID, ID2]) },
        findIncidentByCode: { run: (db) => incident.findIncidentByCode(db, 'SC-2026-0042') },
        lockIncident: { run: (db) => incident.lockIncident(db, ID) },
        updateIncident: {
          run: (db) => incident.updateIncident(db, ID, { state: 'triage', updated_at: NOW }),
        },
      },
    },
    incidentList: {
      exports: incidentList,
      pure: ['searchTerms', 'incidentCodeIn'],
      cases: {
        listIncidents: {
          run: async (db) => {
            // Many match: the count first, then the walk in the list's order.
            await incidentList.listIncidents(db, { limit: 25, offset: 0 }, { unitId: null, now: NOW });
            // Few match (3): the page from the matches, sorted; a unit's scope keeps broad filters off their indexes.
            await incidentList.listIncidents(
              db,
              {
                limit: 25,
                offset: 0,
                q: 'mã độc',
                state: ['triage', 'responding'],
                tier: ['T3'],
                subtype: ['attack.malware'],
                causeGroup: 'attack',
                unitId: UNIT,
                systemId: ID2,
                leadUserId: USER,
                from: '2026-01-01T00:00:00Z',
                to: '2026-12-31T00:00:00Z',
                overdue: true,
                sort: 'tier_desc',
              } as Parameters<typeof incidentList.listIncidents>[1],
              { unitId: UNIT, now: NOW },
            );
            // A search: the newest window (full, one match), the count from the index, the page by id.
            await incidentList.listIncidents(
              db,
              { limit: 25, offset: 0, q: 'tan cong ddieenj' } as Parameters<
                typeof incidentList.listIncidents
              >[1],
              { unitId: null, now: NOW },
            );
            // A code: that incident only.
            await incidentList.listIncidents(
              db,
              { limit: 25, offset: 0, q: 'sc-2025-0000123' } as Parameters<
                typeof incidentList.listIncidents
              >[1],
              { unitId: null, now: NOW },
            );
          },
          rows: (text) =>
            text.includes('row_number()')
              ? [
                  { id: ID, rn: '1', hit: true },
                  { id: ID2, rn: '20000', hit: false },
                ]
              : text.includes('count(*)')
                ? [{ n: text.includes('to_tsquery') ? '1' : text.includes('"code" =') ? '3' : '1001' }]
                : [],
        },
      },
    },
    link: {
      exports: link,
      cases: {
        listLinksOfIncident: { run: (db) => link.listLinksOfIncident(db, ID) },
        insertLinkOnce: { run: (db) => link.insertLinkOnce(db, ID, ID2, 'duplicate') },
        insertLink: { run: (db) => link.insertLink(db, ID2, ID, 'split_from') },
      },
    },
    observables: {
      exports: observables,
      cases: {
        saveExtractedObservables: {
          run: (db) => observables.saveExtractedObservables(db, ID, 'Máy 10.0.0.5 gọi tới evil.example.com'),
        },
        addObservable: {
          run: (db) =>
            observables.addObservable(db, ID, { kind: 'ip', value: '10.0.0.5', normalized: '10.0.0.5' }),
        },
        copyObservables: { run: (db) => observables.copyObservables(db, ID, ID2) },
        observablesWithLinks: {
          run: (db) => observables.observablesWithLinks(db, ID),
          rows: () => [{ id: ID2, kind: 'ip', normalized: '10.0.0.5' }],
        },
      },
    },
    playbook: {
      exports: playbook,
      cases: {
        latestSavedPlaybook: { run: (db) => playbook.latestSavedPlaybook(db, 'malware') },
        savedPlaybookVersion: { run: (db) => playbook.savedPlaybookVersion(db, 'PB-MALWARE', 2) },
        latestSavedPlaybooks: { run: (db) => playbook.latestSavedPlaybooks(db) },
        insertPlaybookVersion: {
          run: (db) =>
            playbook.insertPlaybookVersion(db, {
              code: 'PB-MALWARE',
              subtype: 'malware',
              version: 2,
              data: '{}',
              created_by: USER,
            }),
        },
      },
    },
    regime: {
      exports: regime,
      cases: {
        listSavedRegimes: { run: (db) => regime.listSavedRegimes(db) },
        upsertRegime: {
          run: (db) =>
            regime.upsertRegime(db, { id: 'tt20-2017', effectiveFrom: '2017-12-01', data: '{}', now: NOW }),
        },
      },
    },
    reportDoc: {
      exports: reportDoc,
      cases: {
        listReportDocsOfIncident: { run: (db) => reportDoc.listReportDocsOfIncident(db, ID) },
        latestReportDoc: { run: (db) => reportDoc.latestReportDoc(db, ID, 'mau03') },
        insertReportDoc: {
          run: (db) =>
            reportDoc.insertReportDoc(db, {
              incident_id: ID,
              form: 'mau03',
              reference: null,
              generated_by: USER,
              generated_at: NOW,
              sent_at: null,
              sent_to: null,
            }),
        },
        updateReportDoc: {
          run: (db) =>
            reportDoc.updateReportDoc(db, ID2, { sent_at: NOW, sent_to: 'Cục ATTT', reference: '12/BC' }),
        },
      },
    },
    savedFilter: {
      exports: savedFilter,
      cases: {
        listSavedFiltersOfUser: { run: (db) => savedFilter.listSavedFiltersOfUser(db, USER) },
        findSavedFilter: { run: (db) => savedFilter.findSavedFilter(db, ID) },
        insertSavedFilter: {
          run: (db) =>
            savedFilter.insertSavedFilter(db, { user_id: USER, name: 'Quá hạn', query: '{"overdue":true}' }),
        },
        deleteSavedFilter: { run: (db) => savedFilter.deleteSavedFilter(db, ID) },
      },
    },
    task: {
      exports: task,
      cases: {
        attachPlaybookTasks: {
          run: (db) =>
            task.attachPlaybookTasks(db, {
              incident: incidentRow,
              playbook: onePlaybookStep,
              now: NOW,
              createdBy: USER,
            }),
          rows: () => [{ id: UNIT, m: 3 }],
        },
        findTask: { run: (db) => task.findTask(db, ID) },
        lockTask: { run: (db) => task.lockTask(db, ID) },
        respondToTask: {
          run: (db) =>
            task.respondToTask(
              db,
              ID,
              ['open'],
              { status: 'accepted', updated_at: NOW },
              { at: NOW, event: 'task_accept', actorUserId: null, actorLabel: 'A', data: { taskId: ID } },
            ),
        },
        listTasksOfIncident: { run: (db) => task.listTasksOfIncident(db, ID) },
        listUnfinishedTasksOfIncident: { run: (db) => task.listUnfinishedTasksOfIncident(db, ID) },
        moveTasksToIncident: { run: (db) => task.moveTasksToIncident(db, ID, ID2, [UNIT], NOW) },
        insertTask: {
          run: (db) =>
            task.insertTask(db, {
              incident_id: ID,
              title: JSON.stringify({ vi: 'Sao lưu', en: 'Back up' }),
              sort: 1,
              created_by: USER,
              updated_at: NOW,
            } as Parameters<typeof task.insertTask>[1]),
        },
        updateTask: { run: (db) => task.updateTask(db, ID, { status: 'done', updated_at: NOW }) },
        listTasksFor: {
          run: async (db) => {
            await task.listTasksFor(db, { unitId: UNIT, status: ['open'], limit: 20, offset: 0 });
            await task.listTasksFor(db, { userId: USER, limit: 20, offset: 20 });
          },
        },
        overdueTasks: { run: (db) => task.overdueTasks(db, NOW, 100) },
      },
    },
    similar: {
      exports: similar,
      cases: {
        similarCandidates: {
          run: async (db) => {
            await similar.similarCandidates(db, { unitId: UNIT, excludeId: ID, now: NOW });
            await similar.similarCandidates(db, { unitId: null, excludeId: null, now: NOW });
          },
        },
        observablesOf: { run: (db) => similar.observablesOf(db, ID) },
        sharedObservables: { run: (db) => similar.sharedObservables(db, [ID], ['1.2.3.4']) },
      },
    },
    timeline: {
      exports: timeline,
      cases: {
        addTimeline: {
          run: (db) =>
            timeline.addTimeline(db, {
              incidentId: ID,
              at: NOW,
              kind: 'auto',
              event: 'commented',
              actorUserId: USER,
              actorLabel: 'An',
              data: { commentId: ID2 },
            }),
        },
        listTimeline: { run: (db) => timeline.listTimeline(db, ID) },
      },
    },
  });
});

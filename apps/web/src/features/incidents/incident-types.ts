// Shapes of the incidents API's answers, derived from the response schemas (request bodies come
// from the domain's input schemas).

export type {
  Acknowledgement,
  AvailableTransition,
  Deadline,
  IncidentAction,
  IncidentDetail,
  IncidentSummary,
  SavedFilter,
  Severity,
  TimelineItem,
} from '@ungcuu/domain/incidents/incident-api.ts';
export type {
  CommentView as Comment,
  DocForm,
  EscalationChannel,
  EscalationView as Escalation,
  EvidenceView as Evidence,
  IncidentLink,
  ObservableView as ObservableItem,
  OfficialDocument,
} from '@ungcuu/domain/incidents/incident-work-api.ts';
export type { MyTask, TaskAction, TaskStatus, TaskView as Task } from '@ungcuu/domain/incidents/task-api.ts';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

// Which cached lists a change of an entity makes stale. The audit log and the overview change with everything.
const KEYS_BY_ENTITY: Record<string, string[]> = {
  unit: ['units'],
  user: ['users'],
  team_member: ['team'],
  api_token: ['tokens'],
  setting: ['settings'],
  incident: ['incidents', 'incident', 'tasks', 'lessons'],
  task: ['incidents', 'incident', 'tasks'],
  system: ['systems', 'risks', 'readiness', 'system-products'],
  risk: ['risks'],
  risk_assessment: ['risks'],
  readiness_equipment: ['readiness'],
  readiness_licence: ['readiness'],
  readiness_contract: ['readiness'],
  readiness_training: ['readiness'],
  readiness_drill: ['readiness', 'systems'],
  inspection: ['inspections'],
  inspection_template: ['inspections'],
  remediation_task: ['inspections'],
  budget_line: ['budget'],
  lesson: ['lessons'],
  monitor: ['monitors'],
  alert: ['alerts'],
  alert_group: ['alerts', 'incidents', 'incident'],
  alert_source: ['alerts'],
  alert_suppression: ['alerts'],
  maintenance_window: ['alerts'],
  warning: ['warnings'],
  notification: ['notifications'],
};

interface ChangeEvent {
  entity: string;
  id: string;
  action: string;
}

export function applyChange(client: QueryClient, event: ChangeEvent): void {
  for (const key of KEYS_BY_ENTITY[event.entity] ?? []) void client.invalidateQueries({ queryKey: [key] });
  void client.invalidateQueries({ queryKey: ['audit'] });
  void client.invalidateQueries({ queryKey: ['dashboard'] });
}

/** Listens to the server's change events (SSE) while signed in and refreshes what they touch. */
export function useRealtime(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events', { withCredentials: true });
    const onChange = (message: MessageEvent<string>) => {
      try {
        applyChange(client, JSON.parse(message.data) as ChangeEvent);
      } catch {
        // A malformed event changes nothing on screen.
      }
    };
    source.addEventListener('change', onChange);
    return () => {
      source.removeEventListener('change', onChange);
      source.close();
    };
  }, [enabled, client]);
}

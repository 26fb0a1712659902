import type { Subtype } from '../incidents/taxonomy.ts';
import { ATTACK_PLAYBOOKS } from './attack-playbooks.ts';
import { DISASTER_PLAYBOOKS } from './disaster-playbooks.ts';
import { FAILURE_PLAYBOOKS } from './failure-playbooks.ts';
import { OPERATOR_PLAYBOOKS } from './operator-playbooks.ts';
import type { Playbook } from './playbook.ts';

/**
 * The built-in catalogue: exactly one playbook per subtype of the taxonomy (seed II.3.b asks for a
 * response plan for each situation it lists). Administrators' edited versions are stored apart and
 * take precedence; these stay as the version-1 defaults.
 */
export const BUILTIN_PLAYBOOKS: readonly Playbook[] = [
  ...ATTACK_PLAYBOOKS,
  ...FAILURE_PLAYBOOKS,
  ...OPERATOR_PLAYBOOKS,
  ...DISASTER_PLAYBOOKS,
];

const BY_SUBTYPE: ReadonlyMap<Subtype, Playbook> = new Map(BUILTIN_PLAYBOOKS.map((p) => [p.subtype, p]));

/**
 * The playbook to follow for a subtype: the highest version among administrator-edited playbooks
 * for it, otherwise the built-in one (every subtype has one, tested).
 */
export function playbookFor(subtype: Subtype, edited: readonly Playbook[] = []): Playbook {
  let best: Playbook | undefined;
  for (const p of edited) {
    if (p.subtype === subtype && (best === undefined || p.version > best.version)) best = p;
  }
  const playbook = best ?? BY_SUBTYPE.get(subtype);
  if (playbook === undefined) throw new Error(`No built-in playbook for subtype ${subtype}`);
  return playbook;
}

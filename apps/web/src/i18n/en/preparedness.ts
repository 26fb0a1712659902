import type { Messages } from '../messages.ts';
import type { viPreparedness } from '../vi/preparedness.ts';
import { enBudget } from './budget.ts';
import { enInspections } from './inspections.ts';
import { enReadiness } from './readiness.ts';
import { enRisks } from './risks.ts';
import { enSystems } from './systems.ts';

export const enPreparedness: Messages<typeof viPreparedness> = {
  ...enSystems,
  ...enRisks,
  ...enReadiness,
  ...enInspections,
  ...enBudget,
};

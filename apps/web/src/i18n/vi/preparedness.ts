import { viBudget } from './budget.ts';
import { viInspections } from './inspections.ts';
import { viReadiness } from './readiness.ts';
import { viRisks } from './risks.ts';
import { viSystems } from './systems.ts';

// Vietnamese texts of the preparedness modules (one file per module), registered once in resources.ts.
export const viPreparedness = { ...viSystems, ...viRisks, ...viReadiness, ...viInspections, ...viBudget };

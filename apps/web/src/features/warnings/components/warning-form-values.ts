import type { ObservableKind } from '@ungcuu/domain/incidents/observables.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { TargetingMode, TlpLevel, WarningSeverity } from '@ungcuu/domain/warnings/warning.ts';
import type { WarningDetail, WarningDraft } from '../warning-types.ts';

// The warning form's values and how they become the API's WarningDraft.

export interface ProductRow {
  vendor: string;
  product: string;
  versionRange: string;
  cpe: string;
}

export interface WarningFormValues {
  title: string;
  severity: WarningSeverity;
  tlp: TlpLevel;
  description: string;
  requiredActions: string;
  deadline: string;
  cves: string[];
  indicators: string;
  products: ProductRow[];
  mode: TargetingMode;
  unitTypes: UnitType[];
  unitIds: string[];
}

export const EMPTY_PRODUCT: ProductRow = { vendor: '', product: '', versionRange: '', cpe: '' };

export function initialValues(w?: WarningDetail): WarningFormValues {
  return {
    title: w?.title ?? '',
    severity: w?.severity ?? 'medium',
    tlp: w?.tlp ?? 'GREEN',
    description: w?.description ?? '',
    requiredActions: w?.requiredActions ?? '',
    deadline: w?.deadline ?? '',
    cves: w?.cves ?? [],
    indicators: (w?.indicators ?? []).map((i) => `${i.type} ${i.value}`).join('\n'),
    products: (w?.products ?? []).map((p) => ({ ...p, cpe: p.cpe ?? '' })),
    mode: w?.targeting.mode ?? 'products',
    unitTypes: (w?.targeting.unitTypes ?? []) as UnitType[],
    unitIds: w?.targeting.unitIds ?? [],
  };
}

const KINDS = new Set(['ip', 'domain', 'url', 'hash', 'email', 'filename']);

/** One indicator per line, "kind value" (e.g. "domain evil[.]com"); a line without a known kind is a domain or URL. */
export function parseIndicatorLines(text: string): { type: ObservableKind; value: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [first, ...rest] = line.split(/\s+/);
      if (first && KINDS.has(first) && rest.length > 0)
        return { type: first as ObservableKind, value: rest.join(' ') };
      return { type: (/^h(xx|tt)ps?:/i.test(line) ? 'url' : 'domain') as ObservableKind, value: line };
    });
}

export function productsOf(values: WarningFormValues) {
  return values.products
    .filter((p) => p.product.trim())
    .map((p) => ({
      vendor: p.vendor.trim(),
      product: p.product.trim(),
      versionRange: p.versionRange.trim(),
      cpe: p.cpe.trim() || null,
    }));
}

export function targetingOf(values: WarningFormValues) {
  return {
    mode: values.mode,
    ...(values.mode === 'unit_types' ? { unitTypes: values.unitTypes } : {}),
    ...(values.mode === 'units' ? { unitIds: values.unitIds } : {}),
  };
}

export function toDraft(values: WarningFormValues): WarningDraft {
  return {
    title: values.title.trim(),
    severity: values.severity,
    tlp: values.tlp,
    description: values.description,
    requiredActions: values.requiredActions,
    deadline: values.deadline || null,
    cves: [...new Set(values.cves.map((c) => c.trim().toUpperCase()).filter(Boolean))],
    indicators: parseIndicatorLines(values.indicators),
    products: productsOf(values),
    targeting: targetingOf(values),
  };
}

import { Badge, Text } from '@mantine/core';
import { isSubtype, SUBTYPE_LABELS } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../lib/format.ts';
import {
  CONTRACT_FORM,
  DRILL_FORM,
  EQUIPMENT_FORM,
  LICENCE_FORM,
  TRAINING_FORM,
} from '../item-form-specs.ts';
import {
  type ContractView,
  DRILL_KINDS,
  type DrillView,
  type EquipmentView,
  LICENCE_KINDS,
  type LicenceView,
  type TrainingView,
} from '../readiness-types.ts';
import { ExpiryBadge } from './expiry-badge.tsx';
import { ItemForm } from './item-form.tsx';
import { ItemTab } from './item-tab.tsx';

// The five record kinds of seed II.4.b, each a tab of the readiness page.

function useTexts(kind: 'equipment' | 'licences' | 'contracts' | 'trainings' | 'drills') {
  const { t } = useTranslation();
  return {
    add: t(`readiness.${kind}.add`),
    edit: t(`readiness.${kind}.edit`),
    empty: t(`readiness.${kind}.empty`),
    deleteConfirm: t('readiness.deleteConfirm'),
    deleted: t('readiness.deleted'),
  };
}

export function EquipmentTab() {
  const { t } = useTranslation();
  return (
    <ItemTab<EquipmentView>
      path="equipment"
      title={(e) => e.name}
      texts={useTexts('equipment')}
      columns={[
        {
          key: 'category',
          header: t('readiness.equipment.category'),
          render: (e) => t(`readiness.equipment.categories.${e.category}`),
        },
        { key: 'quantity', header: t('readiness.equipment.quantity'), render: (e) => e.quantity },
        {
          key: 'status',
          header: t('readiness.equipment.status'),
          render: (e) => (
            <Badge
              size="sm"
              variant="light"
              color={e.status === 'ready' ? 'teal' : e.status === 'broken' ? 'red' : 'gray'}
            >
              {t(`readiness.equipment.statuses.${e.status}`)}
            </Badge>
          ),
        },
        { key: 'location', header: t('readiness.equipment.location'), render: (e) => e.location },
      ]}
      renderForm={(item, onDone) => <ItemForm spec={EQUIPMENT_FORM} item={item} onDone={onDone} />}
    />
  );
}

export function LicencesTab({ openId }: { openId?: string | null }) {
  const { t } = useTranslation();
  return (
    <ItemTab<LicenceView>
      path="licences"
      openId={openId}
      title={(l) => l.product}
      texts={useTexts('licences')}
      kinds={{
        label: t('readiness.licences.kind'),
        options: LICENCE_KINDS.map((k) => ({ value: k, label: t(`readiness.licences.kinds.${k}`) })),
      }}
      columns={[
        {
          key: 'kind',
          header: t('readiness.licences.kind'),
          render: (l) => t(`readiness.licences.kinds.${l.kind}`),
        },
        { key: 'seats', header: t('readiness.licences.seats'), render: (l) => l.seats ?? t('common.none') },
        {
          key: 'expires',
          header: t('readiness.licences.expiresOn'),
          render: (l) => (
            <>
              <Text size="sm">{formatDay(l.expiresOn)}</Text>
              <ExpiryBadge licence={l} />
            </>
          ),
        },
      ]}
      renderForm={(item, onDone) => <ItemForm spec={LICENCE_FORM} item={item} onDone={onDone} />}
    />
  );
}

export function ContractsTab() {
  const { t } = useTranslation();
  return (
    <ItemTab<ContractView>
      path="contracts"
      title={(c) => c.provider}
      texts={useTexts('contracts')}
      columns={[
        {
          key: 'scope',
          header: t('readiness.contracts.scope'),
          render: (c) => (
            <Text size="sm" lineClamp={2}>
              {c.scope}
            </Text>
          ),
        },
        {
          key: 'period',
          header: t('readiness.contracts.period'),
          render: (c) => (
            <>
              <Text size="sm">{[formatDay(c.startsOn), formatDay(c.endsOn)].join(' – ')}</Text>
              <Badge size="sm" variant="light" color={c.active ? 'teal' : 'gray'}>
                {c.active ? t('readiness.contracts.active') : t('readiness.contracts.inactive')}
              </Badge>
            </>
          ),
        },
        {
          key: 'contact',
          header: t('readiness.contracts.contactName'),
          render: (c) => c.contacts.map((x) => [x.name, x.phone].filter(Boolean).join(' · ')).join('; '),
        },
      ]}
      renderForm={(item, onDone) => <ItemForm spec={CONTRACT_FORM} item={item} onDone={onDone} />}
    />
  );
}

export function TrainingsTab() {
  const { t } = useTranslation();
  return (
    <ItemTab<TrainingView>
      path="trainings"
      title={(x) => x.title}
      texts={useTexts('trainings')}
      columns={[
        { key: 'heldOn', header: t('readiness.trainings.heldOn'), render: (x) => formatDay(x.heldOn) },
        { key: 'organiser', header: t('readiness.trainings.organiser'), render: (x) => x.organiser },
        {
          key: 'attendees',
          header: t('readiness.trainings.attendees'),
          render: (x) => t('readiness.trainings.attendeeCount', { count: x.attendeeUserIds.length }),
        },
      ]}
      renderForm={(item, onDone) => <ItemForm spec={TRAINING_FORM} item={item} onDone={onDone} />}
    />
  );
}

export function DrillsTab() {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <ItemTab<DrillView>
      path="drills"
      title={(d) => d.title}
      texts={useTexts('drills')}
      kinds={{
        label: t('readiness.drills.kind'),
        options: DRILL_KINDS.map((k) => ({ value: k, label: t(`readiness.drills.kinds.${k}`) })),
      }}
      columns={[
        {
          key: 'kind',
          header: t('readiness.drills.kind'),
          render: (d) => t(`readiness.drills.kinds.${d.kind}`),
        },
        { key: 'heldOn', header: t('readiness.drills.heldOn'), render: (d) => formatDay(d.heldOn) },
        {
          key: 'scenario',
          header: t('readiness.drills.scenario'),
          render: (d) =>
            d.scenarioSubtype && isSubtype(d.scenarioSubtype)
              ? label(SUBTYPE_LABELS[d.scenarioSubtype])
              : null,
        },
        {
          key: 'systems',
          header: t('readiness.drills.systems'),
          render: (d) => t('readiness.drills.systemCount', { count: d.systemIds.length }),
        },
      ]}
      renderForm={(item, onDone) => <ItemForm spec={DRILL_FORM} item={item} onDone={onDone} />}
    />
  );
}

import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  BACKUP_STATUS_LABELS,
  DATA_SENSITIVITY_LABELS,
  HOSTING_KIND_LABELS,
  SECURITY_LEVEL_INFO,
  SYSTEM_KIND_LABELS,
} from '@ungcuu/domain/systems/system.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../lib/format.ts';
import type { SystemView } from '../system-types.ts';
import { ApprovalBadge } from './system-badges.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {empty ? t('common.none') : children}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {children}
      </SimpleGrid>
    </Paper>
  );
}

/** Every inventory field of one system, read-only, in the form's sections. */
export function SystemFacts({ system: s }: { system: SystemView }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Stack>
      <Section title={t('systems.sections.general')}>
        <Fact label={t('systems.fields.kind')}>{label(SYSTEM_KIND_LABELS[s.kind])}</Fact>
        <Fact label={t('systems.fields.owner')}>{s.ownerUnitName}</Fact>
        <Fact label={t('systems.fields.operator')}>{s.operatingUnitName}</Fact>
      </Section>
      <Section title={t('systems.sections.level')}>
        <Fact label={t('systems.fields.level')}>{label(SECURITY_LEVEL_INFO[s.securityLevel].label)}</Fact>
        <Fact label={t('systems.fields.approvalStatus')}>
          <ApprovalBadge status={s.levelApproval.status} />
        </Fact>
        <Fact label={t('systems.fields.decisionRef')}>
          {[s.levelApproval.decisionRef, formatDay(s.levelApproval.decisionDate)].filter(Boolean).join(' — ')}
        </Fact>
        <Fact label={t('systems.fields.nationalCritical')}>
          {s.nationalCritical ? t('common.yes') : t('common.no')}
        </Fact>
        <Fact label={t('systems.fields.dataSensitivity')}>
          {label(DATA_SENSITIVITY_LABELS[s.dataSensitivity])}
        </Fact>
      </Section>
      <Section title={t('systems.sections.infrastructure')}>
        <Fact label={t('systems.fields.hosting')}>
          {[label(HOSTING_KIND_LABELS[s.hosting.kind]), s.hosting.provider].filter(Boolean).join(' — ')}
        </Fact>
        <Fact label={t('systems.fields.securityProvider')}>{s.providers.security}</Fact>
        <Fact label={t('systems.fields.connectivityProvider')}>{s.providers.connectivity}</Fact>
        <Fact label={t('systems.fields.addresses')}>{s.addresses.map((a) => a.value).join(', ')}</Fact>
        <Fact label={t('systems.fields.software')}>
          {s.software.map((x) => (x.version ? `${x.product} (${x.version})` : x.product)).join(', ')}
        </Fact>
      </Section>
      <Section title={t('systems.sections.backup')}>
        <Fact label={t('systems.fields.backup')}>{label(BACKUP_STATUS_LABELS[s.backup.status])}</Fact>
        <Fact label={t('systems.fields.lastRestoreTest')}>{formatDay(s.backup.lastRestoreTestAt)}</Fact>
      </Section>
      <Section title={t('systems.sections.contacts')}>
        {s.contacts.length === 0 && <Fact label={t('systems.fields.contactName')}>{null}</Fact>}
        {s.contacts.map((c) => (
          <Fact key={`${c.name}-${c.phone ?? ''}`} label={c.title ?? t('systems.fields.contactName')}>
            {[c.name, c.phone, c.email].filter(Boolean).join(' · ')}
          </Fact>
        ))}
      </Section>
      {s.notes && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('systems.fields.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.notes}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}

import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconFileCheck, IconUser } from '@tabler/icons-react';
import { ROLE_LABELS } from '@ungcuu/domain/org/roles.ts';
import { PHASE_LABELS, PHASES, type Playbook, type Step } from '@ungcuu/domain/playbooks/playbook.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { formatMinutes } from '../playbook-format.ts';

/** A playbook read as a person follows it: phase by phase, steps numbered in their order. */
export function PlaybookPhases({ playbook }: { playbook: Playbook }) {
  const { label } = useLocale();
  const numbered = playbook.steps.map((step, i) => ({ step, n: i + 1 }));
  return (
    <Stack gap="lg">
      {PHASES.map((phase) => {
        const steps = numbered.filter((s) => s.step.phase === phase);
        if (steps.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`} data-testid={`playbook-phase-${phase}`}>
            <Group gap="xs" mb={2} wrap="nowrap" align="baseline">
              <Badge variant="filled" color="navy" radius="sm">
                {phase}
              </Badge>
              <Title order={2} size="h4" id={`phase-${phase}`}>
                {label(PHASE_LABELS[phase].label)}
              </Title>
            </Group>
            <Text size="xs" c="dimmed" mb="xs">
              {label(PHASE_LABELS[phase].produces)}
            </Text>
            <Stack gap="xs">
              {steps.map(({ step, n }) => (
                <StepView key={step.key} step={step} n={n} />
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

function StepView({ step, n }: { step: Step; n: number }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="playbook-step" data-step-key={step.key}>
      <Stack gap={6}>
        <Text fw={700}>
          <Text span c="dimmed" fw={600}>
            {n}.{' '}
          </Text>
          <span data-testid="playbook-step-title">{label(step.title)}</span>
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {label(step.instructions)}
        </Text>
        <Group gap="md" mt={2}>
          <Group gap={4} wrap="nowrap">
            <IconUser size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('playbooks.role')}:
            </Text>
            <Text size="xs">{label(ROLE_LABELS[step.defaultRole])}</Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconClock size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('playbooks.expected')}:
            </Text>
            <Text size="xs">{formatMinutes(step.expectedMinutes, t)}</Text>
          </Group>
        </Group>
        <Group gap={4} wrap="nowrap" align="flex-start">
          <IconFileCheck size={14} aria-hidden style={{ marginTop: 3, flex: 'none' }} />
          <Text size="xs">
            <Text span c="dimmed" size="xs">
              {t('playbooks.evidence')}:{' '}
            </Text>
            {label(step.evidence)}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

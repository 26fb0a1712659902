import {
  ActionIcon,
  Badge,
  Collapse,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconChevronDown, IconChevronUp, IconTrash } from '@tabler/icons-react';
import { ROLE_LABELS, ROLES, type Role } from '@ungcuu/domain/org/roles.ts';
import { PHASE_LABELS, PHASES, type Phase, type Step } from '@ungcuu/domain/playbooks/playbook.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { LocalizedFields } from './localized-fields.tsx';

/** Field errors of one step, keyed like `title.vi` or `expectedMinutes`. */
export type StepErrors = Record<string, string>;

interface Props {
  step: Step;
  index: number;
  count: number;
  opened: boolean;
  errors: StepErrors;
  onToggle: () => void;
  onChange: (step: Step) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One step of the playbook editor: a one-line summary that opens into all its fields. */
export function StepEditor({
  step,
  index,
  count,
  opened,
  errors,
  onToggle,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const n = index + 1;
  const title = label(step.title).trim() || t('playbooks.untitled');
  const hasErrors = Object.keys(errors).length > 0;
  const textErrors = (field: string) => ({ vi: errors[`${field}.vi`], en: errors[`${field}.en`] });
  return (
    <Paper
      withBorder
      p="sm"
      data-testid={`step-editor-${index}`}
      style={hasErrors ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <UnstyledButton
          onClick={onToggle}
          aria-expanded={opened}
          title={opened ? t('playbooks.collapse', { n }) : t('playbooks.expand', { n })}
          style={{ minWidth: 0, flex: 1 }}
          data-testid="step-toggle"
        >
          <Group gap="xs" wrap="nowrap">
            {opened ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
            <Text c="dimmed" fw={600} size="sm">
              {n}.
            </Text>
            <Badge variant="light" radius="sm" style={{ flex: 'none' }}>
              {step.phase}
            </Badge>
            <Text fw={600} size="sm" truncate>
              {title}
            </Text>
          </Group>
        </UnstyledButton>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('playbooks.moveUp', { n })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('playbooks.moveDown', { n })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('playbooks.remove', { n })}
            disabled={count === 1}
            onClick={onRemove}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      <Collapse expanded={opened}>
        {opened && (
          <Stack gap="sm" mt="sm">
            <Group grow align="flex-start" gap="sm" wrap="wrap">
              <Select
                label={t('playbooks.phase')}
                data={PHASES.map((p) => ({ value: p, label: `${p} · ${label(PHASE_LABELS[p].label)}` }))}
                value={step.phase}
                onChange={(v) => v && onChange({ ...step, phase: v as Phase })}
                allowDeselect={false}
                miw={200}
              />
              <Select
                label={t('playbooks.defaultRole')}
                data={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
                value={step.defaultRole}
                onChange={(v) => v && onChange({ ...step, defaultRole: v as Role })}
                allowDeselect={false}
                miw={200}
              />
              <NumberInput
                label={t('playbooks.expectedMinutes')}
                value={step.expectedMinutes}
                min={1}
                max={43_200}
                allowDecimal={false}
                allowNegative={false}
                error={errors.expectedMinutes}
                onChange={(v) => onChange({ ...step, expectedMinutes: typeof v === 'number' ? v : 0 })}
                miw={160}
              />
            </Group>
            <LocalizedFields
              field={t('playbooks.stepTitle')}
              value={step.title}
              errors={textErrors('title')}
              maxLength={300}
              onChange={(title) => onChange({ ...step, title })}
              testId="step-title"
            />
            <LocalizedFields
              field={t('playbooks.instructions')}
              value={step.instructions}
              errors={textErrors('instructions')}
              multiline
              onChange={(instructions) => onChange({ ...step, instructions })}
            />
            <LocalizedFields
              field={t('playbooks.evidence')}
              value={step.evidence}
              errors={textErrors('evidence')}
              multiline
              onChange={(evidence) => onChange({ ...step, evidence })}
            />
          </Stack>
        )}
      </Collapse>
    </Paper>
  );
}

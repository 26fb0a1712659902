import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { useUnit } from '../../units/hooks/use-units.ts';
import { useIntakeSettings, useSaveIntakeSettings } from '../hooks/use-intake.ts';
import { type IntakeSettings, PUBLIC_REPORT_PATH, UNIT_PARAM } from '../intake-types.ts';

/** "Tiếp nhận công khai": turn the public report page on or off and name the unit that receives it. */
export function IntakeSettingsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const isAdmin = actor.roles.includes('admin');
  const settings = useIntakeSettings();
  const save = useSaveIntakeSettings();
  const [draft, setDraft] = useState<IntakeSettings>({ enabled: false, defaultUnitId: null });
  const [unitError, setUnitError] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);

  const changed =
    settings.data !== undefined &&
    (draft.enabled !== settings.data.enabled || draft.defaultUnitId !== settings.data.defaultUnitId);
  const submit = () => {
    if (draft.enabled && !draft.defaultUnitId) {
      setUnitError(t('intakeSettings.unitRequired'));
      return;
    }
    setUnitError(null);
    save.mutate(draft, { onSuccess: () => notifySuccess(t('intakeSettings.saved')) });
  };

  return (
    <>
      <PageHeader title={t('intakeSettings.title')} intro={t('intakeSettings.intro')} />
      <QueryState
        isPending={settings.isPending}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      >
        <Stack maw={720} gap="md">
          <Paper withBorder p="md" component="section" aria-labelledby="intake-settings-heading">
            <Stack>
              <Group justify="space-between" gap="xs">
                <Title order={2} size="h4" id="intake-settings-heading">
                  {t('intakeSettings.settings')}
                </Title>
                <Badge
                  color={settings.data?.enabled ? 'teal' : 'gray'}
                  variant="light"
                  data-testid="intake-status"
                >
                  {settings.data?.enabled ? t('intakeSettings.on') : t('intakeSettings.off')}
                </Badge>
              </Group>
              {!isAdmin && (
                <Alert color="gray" variant="light">
                  {t('intakeSettings.adminOnly')}
                </Alert>
              )}
              <Switch
                label={t('intakeSettings.enabled')}
                description={t('intakeSettings.enabledHint')}
                checked={draft.enabled}
                disabled={!isAdmin}
                onChange={(e) => {
                  const enabled = e.currentTarget.checked;
                  setDraft((d) => ({ ...d, enabled }));
                }}
                data-testid="intake-enabled"
              />
              <UnitSelect
                label={t('intakeSettings.defaultUnit')}
                description={t('intakeSettings.defaultUnitHint')}
                value={draft.defaultUnitId}
                onChange={(id) => {
                  setDraft((d) => ({ ...d, defaultUnitId: id }));
                  if (id) setUnitError(null);
                }}
                clearable={isAdmin}
                error={unitError}
                testId="intake-default-unit"
              />
              <FormError error={save.error} />
              {isAdmin && (
                <Group justify="flex-end">
                  <Button
                    onClick={submit}
                    loading={save.isPending}
                    disabled={!changed}
                    data-testid="intake-save"
                  >
                    {t('common.save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
          <PublicAddress unitId={settings.data?.defaultUnitId ?? null} />
        </Stack>
      </QueryState>
    </>
  );
}

/** The address to publish, with a copy button and an example that targets one unit (the saved one). */
function PublicAddress({ unitId }: { unitId: string | null }) {
  const { t } = useTranslation();
  const unit = useUnit(unitId);
  const url = `${window.location.origin}${PUBLIC_REPORT_PATH}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intake-address-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="intake-address-heading">
          {t('intakeSettings.address')}
        </Title>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code fz="sm" data-testid="intake-address" style={{ overflowWrap: 'anywhere' }}>
            {url}
          </Code>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                size="compact-sm"
                variant="light"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                }
              >
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t('intakeSettings.addressHint')}
        </Text>
        <Code fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {`${url}?${UNIT_PARAM}=${unit.data?.code ?? t('intakeSettings.exampleCode')}`}
        </Code>
        <Anchor href={PUBLIC_REPORT_PATH} target="_blank" rel="noopener" size="sm">
          <Group gap={4} component="span">
            {t('intakeSettings.open')}
            <IconExternalLink size={14} aria-hidden />
          </Group>
        </Anchor>
      </Stack>
    </Paper>
  );
}

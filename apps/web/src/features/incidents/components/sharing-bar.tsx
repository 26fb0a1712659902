import { Badge, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorImportResult } from '@ungcuu/domain/sharing/sharing-api.ts';
import { TLP_LABELS } from '@ungcuu/domain/sharing/tlp.ts';
import { useTranslation } from 'react-i18next';
import { api, notifySuccess } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import type { IncidentDetail } from '../incident-types.ts';

const TLP_COLORS = {
  clear: 'gray',
  green: 'green',
  amber: 'orange',
  'amber+strict': 'orange',
  red: 'red',
} as const;

/**
 * Threat sharing on the incident page: "Xuất MISP" / "Xuất STIX" download the indicators under the
 * incident's TLP marking; "Nhập chỉ báo" adds a MISP event's or STIX bundle's indicators (all or none).
 */
export function SharingBar({ incident, canImport }: { incident: IncidentDetail; canImport: boolean }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const client = useQueryClient();
  const importFile = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api<IndicatorImportResult>('POST', `/api/incidents/${incident.id}/import-indicators`, { form });
    },
    onSuccess: (result) => {
      notifySuccess(
        t('sharing.imported', {
          added: result.added,
          found: result.found,
          format: result.format.toUpperCase(),
        }),
      );
      if (result.tlpRaised) notifySuccess(t('sharing.tlpRaised', { tlp: `TLP:${result.tlp.toUpperCase()}` }));
      void client.invalidateQueries({ queryKey: ['incident', incident.id] });
      void client.invalidateQueries({ queryKey: ['incidents'] });
    },
  });
  return (
    <Paper withBorder p="sm" data-testid="sharing-bar">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Text size="sm">{t('sharing.tlp')}:</Text>
            <Badge color={TLP_COLORS[incident.tlp]} variant="filled" title={label(TLP_LABELS[incident.tlp])}>
              TLP:{incident.tlp.toUpperCase()}
            </Badge>
          </Group>
          <Group gap="xs" wrap="wrap">
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() =>
                void downloadFile(
                  `/api/incidents/${incident.id}/export.misp.json`,
                  `${incident.code}.misp.json`,
                )
              }
            >
              {t('sharing.exportMisp')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() =>
                void downloadFile(
                  `/api/incidents/${incident.id}/export.stix.json`,
                  `${incident.code}.stix.json`,
                )
              }
            >
              {t('sharing.exportStix')}
            </Button>
            {canImport && (
              <FileButton
                accept="application/json,.json"
                onChange={(file) => file && importFile.mutate(file)}
              >
                {(props) => (
                  <Button
                    {...props}
                    size="compact-sm"
                    variant="light"
                    loading={importFile.isPending}
                    leftSection={<IconUpload size={14} aria-hidden />}
                  >
                    {t('sharing.import')}
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('sharing.hint')}
        </Text>
        <FormError error={importFile.error} />
      </Stack>
    </Paper>
  );
}

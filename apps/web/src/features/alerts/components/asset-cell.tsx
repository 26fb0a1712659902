import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The system an alert or group maps to, or the host name it is listed under while unmapped. */
export function AssetCell({
  systemId,
  systemName,
  unitName,
  hostKey,
}: {
  systemId: string | null;
  systemName: string | null;
  unitName: string | null;
  hostKey: string | null;
}) {
  const { t } = useTranslation();
  if (systemId)
    return (
      <>
        <Anchor component={Link} to={`/systems/${systemId}`} size="sm">
          {systemName}
        </Anchor>
        {unitName && (
          <Text size="xs" c="dimmed">
            {unitName}
          </Text>
        )}
      </>
    );
  return (
    <>
      <Text size="sm" ff="monospace">
        {hostKey ?? '–'}
      </Text>
      <Text size="xs" c="orange">
        {t('alerts.unmappedAsset')}
      </Text>
    </>
  );
}

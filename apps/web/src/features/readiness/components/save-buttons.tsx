import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';

export function SaveButtons({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button type="submit" loading={loading}>
        {t('common.save')}
      </Button>
    </Group>
  );
}

/** After a save: say so, then close the form. */
export function done(message: string, onDone: () => void) {
  notifySuccess(message);
  onDone();
}

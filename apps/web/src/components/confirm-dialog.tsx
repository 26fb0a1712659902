import { Button, Group, Text } from '@mantine/core';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './app-modal.tsx';

interface Pending {
  message: string;
  confirmLabel: string;
  color: string;
  resolve: (ok: boolean) => void;
}

/** A confirmation dialog as a promise: `if (await confirm(message, label)) ...`. Render the element once. */
export function useConfirm(): [
  (message: string, confirmLabel: string, color?: string) => Promise<boolean>,
  ReactNode,
] {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (message: string, confirmLabel: string, color = 'red') =>
      new Promise<boolean>((resolve) => setPending({ message, confirmLabel, color, resolve })),
    [],
  );
  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  const element = (
    <AppModal
      opened={pending !== null}
      onClose={() => close(false)}
      title={t('common.confirmTitle')}
      centered
    >
      <Text mb="lg">{pending?.message}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => close(false)}>
          {t('common.cancel')}
        </Button>
        <Button color={pending?.color} onClick={() => close(true)} data-autofocus>
          {pending?.confirmLabel}
        </Button>
      </Group>
    </AppModal>
  );
  return [confirm, element];
}

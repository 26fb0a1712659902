import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/**
 * The server's refusal of a form, shown inside the form next to its buttons (toasts would cover
 * dialog buttons). `duplicateMessage` names the field a uniqueness conflict is about.
 */
export function FormError({ error, duplicateMessage }: { error: unknown; duplicateMessage?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message =
    duplicateMessage && isDuplicate(error)
      ? duplicateMessage
      : error instanceof ApiError
        ? error.localized()
        : t('errors.unexpected');
  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.title')} data-testid="form-error">
      {message}
    </Alert>
  );
}

/** A uniqueness conflict that belongs to one field (unit code, username) rather than to the form. */
export function isDuplicate(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict.duplicate';
}

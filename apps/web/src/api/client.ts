import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { ApiError, setErrorReporter } from './request.ts';

// The API client of the full app: api/request.ts plus the error and success toasts (Mantine).
export * from './request.ts';

export function notifyError(error: unknown): void {
  const message = error instanceof ApiError ? error.localized() : i18next.t('errors.unexpected');
  notifications.show({ color: 'red', title: i18next.t('errors.title'), message, autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

setErrorReporter(notifyError);

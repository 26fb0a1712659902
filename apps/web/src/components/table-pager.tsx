import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n.ts';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  /** The server stopped counting at `total` (incident lists): "of more than 1,000". */
  totalCapped?: boolean | undefined;
  onChange: (page: number) => void;
}

/** "Showing 1–20 of 134" (or "of more than 1,000") and the page buttons of a server-side paged table. */
export function TablePager({ page, pageSize, total, totalCapped = false, onChange }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm" gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {totalCapped
          ? t('common.showingMoreThan', { from, to, total: formatCount(total, locale) })
          : t('common.showing', { from, to, total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            siblings={1}
            getControlProps={(control) =>
              control === 'previous' || control === 'next'
                ? { 'aria-label': t(control === 'next' ? 'common.nextPage' : 'common.previousPage') }
                : {}
            }
          />
        </nav>
      )}
    </Group>
  );
}

/** 1.000 in Vietnamese, 1,000 in English. */
export function formatCount(n: number, locale: 'vi' | 'en'): string {
  return n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
}

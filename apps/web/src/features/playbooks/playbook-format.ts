import type { TFunction } from 'i18next';

/** 90 → "1 giờ 30 phút"; days, hours and minutes that are zero are left out. */
export function formatMinutes(total: number, t: TFunction): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [
    days ? t('playbooks.days', { count: days }) : '',
    hours ? t('playbooks.hours', { count: hours }) : '',
    minutes || total === 0 ? t('playbooks.minutes', { count: minutes }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

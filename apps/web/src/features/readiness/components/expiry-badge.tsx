import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPIRY_WARNING_DAYS, type LicenceView } from '../readiness-types.ts';

/** Expired (red), expires within 30 days (orange), or valid with the days left. */
export function ExpiryBadge({ licence }: { licence: Pick<LicenceView, 'expired' | 'daysToExpiry'> }) {
  const { t } = useTranslation();
  if (licence.expired)
    return (
      <Badge color="red" variant="filled" size="sm" data-testid="licence-expired">
        {t('readiness.licences.expired', { count: -licence.daysToExpiry })}
      </Badge>
    );
  if (licence.daysToExpiry <= EXPIRY_WARNING_DAYS)
    return (
      <Badge color="orange" variant="filled" size="sm">
        {t('readiness.licences.expiresSoon', { count: licence.daysToExpiry })}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light" size="sm">
      {t('readiness.licences.valid', { count: licence.daysToExpiry })}
    </Badge>
  );
}

import { Badge, type BadgeProps } from '@mantine/core';
import { RISK_BAND_INFO, type RiskBand } from '@ungcuu/domain/risks/risk-scoring.ts';
import { useLocale } from '../../../i18n/i18n.ts';

/** "12 · Cao" in the band's colour. */
export function ScoreBadge({
  score,
  band,
  size = 'md',
}: {
  score?: number;
  band: RiskBand;
  size?: BadgeProps['size'];
}) {
  const { label } = useLocale();
  const info = RISK_BAND_INFO[band];
  return (
    <Badge color={info.color} variant="filled" size={size} style={{ whiteSpace: 'nowrap' }} data-band={band}>
      {score === undefined ? label(info.label) : `${score} · ${label(info.label)}`}
    </Badge>
  );
}

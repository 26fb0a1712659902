import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import {
  IMPACT_MEANINGS,
  LIKELIHOOD_MEANINGS,
  RISK_BAND_INFO,
  RISK_BANDS,
  RISK_RATINGS,
  type RiskRating,
  riskBand,
} from '@ungcuu/domain/risks/risk-scoring.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import type { HeatMapView } from '../risk-types.ts';

export interface Cell {
  likelihood: RiskRating;
  impact: RiskRating;
}

interface Props {
  map: HeatMapView;
  selected: Cell | null;
  onSelect: (cell: Cell | null) => void;
}

const DESCENDING = [...RISK_RATINGS].reverse();

/**
 * The 5×5 matrix: likelihood up the side (5 at the top), impact along the bottom, each cell in
 * its band's colour with the number of risks. A cell is a button that filters the register.
 */
export function HeatMap({ map, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Box data-testid="heat-map">
      <Box
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(5.5rem, auto) repeat(5, minmax(2.6rem, 1fr))',
          gap: 4,
        }}
      >
        {DESCENDING.map((likelihood) => (
          <Box key={likelihood} style={{ display: 'contents' }}>
            <Text size="xs" c="dimmed" style={{ alignSelf: 'center', lineHeight: 1.15 }}>
              {likelihood} · {label(LIKELIHOOD_MEANINGS[likelihood].label)}
            </Text>
            {RISK_RATINGS.map((impact) => {
              const count = map.cells[likelihood - 1]?.[impact - 1] ?? 0;
              const band = riskBand(likelihood * impact);
              const info = RISK_BAND_INFO[band];
              const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
              return (
                <UnstyledButton
                  key={impact}
                  onClick={() => onSelect(isSelected ? null : { likelihood, impact })}
                  aria-pressed={isSelected}
                  aria-label={t('risks.heatMap.cellLabel', {
                    likelihood,
                    impact,
                    count,
                    band: label(info.label),
                  })}
                  data-testid={`heat-cell-${likelihood}-${impact}`}
                  style={{
                    // Empty cells keep their band's tint so the matrix reads at a glance; counts stand out.
                    background: count === 0 ? `${info.hex}33` : info.hex,
                    color: count === 0 ? '#495057' : '#fff',
                    borderRadius: 6,
                    minHeight: 44,
                    display: 'grid',
                    placeItems: 'center',
                    fontWeight: 700,
                    fontSize: count > 0 ? 18 : 13,
                    outline: isSelected ? '3px solid #1c3d6e' : undefined,
                    outlineOffset: 2,
                  }}
                >
                  {count}
                </UnstyledButton>
              );
            })}
          </Box>
        ))}
        <span />
        {RISK_RATINGS.map((impact) => (
          <Text
            key={impact}
            size="xs"
            c="dimmed"
            ta="center"
            style={{ lineHeight: 1.15, overflowWrap: 'anywhere' }}
          >
            <b>{impact}</b>
            <br />
            {label(IMPACT_MEANINGS[impact].label)}
          </Text>
        ))}
      </Box>
      <Group justify="space-between" mt="xs" gap="xs">
        <Text size="xs" c="dimmed">
          {t('risks.heatMap.axes')}
        </Text>
        <Group gap="sm">
          {RISK_BANDS.map((band) => (
            <Group key={band} gap={4} wrap="nowrap">
              <Box w={12} h={12} style={{ background: RISK_BAND_INFO[band].hex, borderRadius: 3 }} />
              <Text size="xs">
                {label(RISK_BAND_INFO[band].label)}: {map.byBand[band]}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
    </Box>
  );
}

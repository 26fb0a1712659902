import { Input, SegmentedControl, Text } from '@mantine/core';
import {
  IMPACT_MEANINGS,
  LIKELIHOOD_MEANINGS,
  RISK_RATINGS,
  type RiskRating,
} from '@ungcuu/domain/risks/risk-scoring.ts';
import { useId } from 'react';
import { useLocale } from '../../../i18n/i18n.ts';

interface Props {
  label: string;
  scale: 'likelihood' | 'impact';
  value: RiskRating | null;
  onChange: (value: RiskRating) => void;
  testId?: string;
}

/** A 1–5 rating with the written meaning of the chosen value, so nobody rates without a yardstick. */
export function RatingInput({ label, scale, value, onChange, testId }: Props) {
  const { label: text } = useLocale();
  const id = useId();
  const meanings = scale === 'likelihood' ? LIKELIHOOD_MEANINGS : IMPACT_MEANINGS;
  const chosen = value ? meanings[value] : null;
  return (
    <Input.Wrapper label={label} id={id} data-testid={testId}>
      <SegmentedControl
        aria-labelledby={`${id}-label`}
        fullWidth
        value={value ? String(value) : ''}
        onChange={(v) => onChange(Number(v) as RiskRating)}
        data={RISK_RATINGS.map((r) => ({ value: String(r), label: `${r} · ${text(meanings[r].label)}` }))}
        styles={{ label: { whiteSpace: 'normal', lineHeight: 1.2, fontSize: 'var(--mantine-font-size-xs)' } }}
      />
      {chosen && (
        <Text size="xs" c="dimmed" mt={4} aria-live="polite">
          <b>{text(chosen.label)}:</b> {text(chosen.meaning)}
        </Text>
      )}
    </Input.Wrapper>
  );
}

import { Badge, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { SUBTYPE_LABELS, type Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { useAcceptSuggested } from '../hooks/use-risks.ts';
import type { AssessmentView } from '../risk-types.ts';
import { ScoreBadge } from './score-badge.tsx';

/** Register rows the questionnaire suggests from the likely threats, each with its reasoning. */
export function SuggestedRisks({ view, mayManage }: { view: AssessmentView; mayManage: boolean }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const accept = useAcceptSuggested(view.systemId);
  const open = view.suggestedRisks.filter((s) => !s.inRegister).map((s) => s.subtype);
  const [chosen, setChosen] = useState<Subtype[] | null>(null);
  const selected = chosen ?? open;
  const toggle = (s: Subtype, on: boolean) =>
    setChosen(on ? [...selected, s] : selected.filter((x) => x !== s));
  if (view.suggestedRisks.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('risks.assessment.suggestedTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('risks.assessment.suggestedIntro')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6} data-testid="suggested-risks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>{t('risks.cols.threat')}</Table.Th>
              <Table.Th>{t('risks.cols.score')}</Table.Th>
              <Table.Th>{t('risks.assessment.rationale')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.suggestedRisks.map((s) => (
              <Table.Tr key={s.subtype}>
                <Table.Td>
                  {s.inRegister ? null : (
                    <Checkbox
                      aria-label={label(SUBTYPE_LABELS[s.subtype])}
                      checked={selected.includes(s.subtype)}
                      onChange={(e) => toggle(s.subtype, e.currentTarget.checked)}
                      disabled={!mayManage}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{label(SUBTYPE_LABELS[s.subtype])}</Text>
                  {s.inRegister && (
                    <Badge size="xs" color="teal" variant="light">
                      {t('risks.assessment.inRegister')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <ScoreBadge score={s.score} band={s.band} size="sm" />
                  <Text size="xs" c="dimmed">
                    {t('risks.assessment.lxi', { l: s.likelihood, i: s.impact })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{label(s.rationale)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {mayManage && open.length > 0 && (
        <Group>
          <Button
            variant="light"
            disabled={selected.length === 0}
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(selected, {
                onSuccess: (r) => {
                  notifySuccess(t('risks.assessment.accepted', { count: r.created }));
                  setChosen(null);
                },
              })
            }
          >
            {t('risks.assessment.accept', { count: selected.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

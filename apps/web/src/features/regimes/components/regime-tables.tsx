import { Stack, Table, Text } from '@mantine/core';
import type { RecipientKind } from '@ungcuu/domain/regimes/regime.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { legalDate, type RegimeItem } from '../regime-types.ts';
import { Basis } from './unverified.tsx';

/** A table that scrolls sideways on a phone instead of squeezing its columns. */
function Scroll({ minWidth, children, testId }: { minWidth: number; children: ReactNode; testId?: string }) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="xs" striped data-testid={testId} style={{ verticalAlign: 'top' }}>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}

function useNames(regime: RegimeItem) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const recipient = (kind: RecipientKind) => {
    const found = regime.recipients.find((r) => r.kind === kind);
    return found ? label(found.name) : kind;
  };
  const form = (code: string | undefined) => {
    if (!code) return t('common.none');
    const found = regime.forms.find((f) => f.code === code);
    return found ? label(found.name) : code;
  };
  return { recipient, form };
}

export function DeadlinesTable({ regime }: { regime: RegimeItem }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { recipient, form } = useNames(regime);
  if (regime.deadlines.length === 0) return <Text c="dimmed">{t('regimes.noDeadlines')}</Text>;
  return (
    <Scroll minWidth={900} testId="deadlines-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('regimes.cols.label')}</Table.Th>
          <Table.Th>{t('regimes.cols.when')}</Table.Th>
          <Table.Th>{t('regimes.cols.within')}</Table.Th>
          <Table.Th>{t('regimes.cols.to')}</Table.Th>
          <Table.Th>{t('regimes.cols.form')}</Table.Th>
          <Table.Th w="26%">{t('regimes.cols.basis')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regime.deadlines.map((d) => (
          <Table.Tr key={d.code} data-testid="deadline-row" data-verified={d.verified}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {label(d.label)}
              </Text>
              {d.appliesFrom && (
                <Text size="xs" c="dimmed">
                  {t('regimes.appliesFrom', { date: legalDate(d.appliesFrom) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`regimes.conditions.${d.when}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {d.withinHours === 0
                  ? t('regimes.immediately')
                  : t('regimes.withinHours', { hours: d.withinHours })}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`regimes.from.${d.anchor}`)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {d.recipients.map((kind) => (
                  <Text key={kind} size="sm">
                    {recipient(kind)}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{form(d.formCode)}</Text>
            </Table.Td>
            <Table.Td>
              <Basis basis={d.basis} verified={d.verified} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Scroll>
  );
}

export function RecipientsTable({ regime }: { regime: RegimeItem }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Scroll minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('regimes.cols.name')}</Table.Th>
          <Table.Th w="40%">{t('regimes.cols.basis')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regime.recipients.map((r) => (
          <Table.Tr key={r.kind}>
            <Table.Td>
              <Text size="sm">{label(r.name)}</Text>
            </Table.Td>
            <Table.Td>
              <Basis basis={r.basis} verified={r.verified} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Scroll>
  );
}

export function SeverityTable({ regime }: { regime: RegimeItem }) {
  const { t } = useTranslation();
  const s = regime.severity;
  const level = (n: number) => t('regimes.levelValue', { level: n });
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const row = (key: keyof typeof s, shown: string) => ({
    key,
    shown,
    verified: s[key].verified,
    basis: s[key].basis,
  });
  const rows = [
    row('seriousMinLevel', level(s.seriousMinLevel.value)),
    row('emergencyMinLevel', level(s.emergencyMinLevel.value)),
    row('seriousRequiresBoth', yesNo(s.seriousRequiresBoth.value)),
    row('nationalSecurityHarmIsT4', yesNo(s.nationalSecurityHarmIsT4.value)),
    row('unclassifiedLevel', level(s.unclassifiedLevel.value)),
  ];
  return (
    <Scroll minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('regimes.cols.name')}</Table.Th>
          <Table.Th>{t('regimes.cols.value')}</Table.Th>
          <Table.Th w="36%">{t('regimes.cols.basis')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>
              <Text size="sm">{t(`regimes.thresholds.${r.key}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {r.shown}
              </Text>
            </Table.Td>
            <Table.Td>
              <Basis basis={r.basis} verified={r.verified} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Scroll>
  );
}

export function FormsTable({ regime }: { regime: RegimeItem }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  if (regime.forms.length === 0) return <Text c="dimmed">{t('regimes.noItems')}</Text>;
  return (
    <Scroll minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('regimes.cols.name')}</Table.Th>
          <Table.Th>{t('regimes.cols.purpose')}</Table.Th>
          <Table.Th w="36%">{t('regimes.cols.basis')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regime.forms.map((f) => (
          <Table.Tr key={f.code}>
            <Table.Td>
              <Text size="sm">{label(f.name)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`regimes.purposes.${f.purpose}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Basis basis={f.basis} verified={f.verified} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Scroll>
  );
}

export function PeriodicTable({ regime }: { regime: RegimeItem }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { recipient, form } = useNames(regime);
  const dayMonth = (md: string) => md.split('-').reverse().join('/');
  if (regime.periodicReports.length === 0) return <Text c="dimmed">{t('regimes.noItems')}</Text>;
  return (
    <Scroll minWidth={900}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('regimes.cols.label')}</Table.Th>
          <Table.Th>{t('regimes.cols.due')}</Table.Th>
          <Table.Th>{t('regimes.cols.filer')}</Table.Th>
          <Table.Th>{t('regimes.cols.to')}</Table.Th>
          <Table.Th>{t('regimes.cols.form')}</Table.Th>
          <Table.Th w="26%">{t('regimes.cols.basis')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regime.periodicReports.map((p) => {
          const [month, day] = p.dueBefore.split('-');
          return (
            <Table.Tr key={p.code}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {label(p.label)}
                </Text>
                {p.periodStart && p.periodEnd && (
                  <Text size="xs" c="dimmed">
                    {t('regimes.periodRange', { start: dayMonth(p.periodStart), end: dayMonth(p.periodEnd) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('regimes.dueBefore', { day, month })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`regimes.filers.${p.filer}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{recipient(p.recipient)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{form(p.formCode)}</Text>
              </Table.Td>
              <Table.Td>
                <Basis basis={p.basis} verified={p.verified} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Scroll>
  );
}

import { Alert, Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';

/** One issue of a refused playbook or regime (`error.details`), or one of Fastify's schema errors. */
interface Issue {
  code: string;
  path: string;
  message: string;
}

function issuesOf(error: unknown): Issue[] | null {
  if (!(error instanceof ApiError) || error.code !== 'validation.failed' || !Array.isArray(error.details))
    return null;
  const issues = error.details.flatMap((raw): Issue[] => {
    if (raw === null || typeof raw !== 'object') return [];
    const d = raw as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return [
      {
        code: text(d.code) || 'schema',
        path: text(d.path) || text(d.instancePath),
        message: text(d.message),
      },
    ];
  });
  return issues.length > 0 ? issues : null;
}

/**
 * The server's reasons for refusing a playbook or a regime, one line each in the interface's
 * language; any other error falls back to the usual form error.
 */
export function ValidationIssues({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const issues = issuesOf(error);
  if (!issues) return <FormError error={error} />;

  const where = (path: string): string => {
    const step = /^\/steps\/(\d+)(\/.*)?$/.exec(path);
    if (step) return `${t('catalogueIssues.step', { n: Number(step[1]) + 1 })}${step[2] ?? ''}`;
    return path;
  };
  const describe = (issue: Issue): string => {
    switch (issue.code) {
      case 'phase.missing':
        return t('catalogueIssues.missingPhase', { phases: issue.message.split('|').join(' / ') });
      case 'step.duplicate_key':
        return t('catalogueIssues.duplicateKey', { key: issue.message });
      case 'duplicate_code':
        return t('catalogueIssues.duplicateCode', { code: issue.message });
      case 'date.invalid':
        return t('catalogueIssues.dateInvalid');
      case 'recipient.undeclared':
        return t('catalogueIssues.recipientUndeclared', { kind: issue.message });
      case 'form.undeclared':
        return t('catalogueIssues.formUndeclared', { form: issue.message });
      default:
        return issue.message
          ? `${t('catalogueIssues.schema')}: ${issue.message}`
          : t('catalogueIssues.schema');
    }
  };

  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.title')} data-testid="validation-issues">
      <Text size="sm" mb={4}>
        {t('catalogueIssues.title')}
      </Text>
      <List size="sm" spacing={2}>
        {issues.slice(0, 30).map((issue, i) => (
          // Issues have no identity of their own; the list is replaced whole on each attempt.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <List.Item key={i} data-testid="validation-issue" data-code={issue.code}>
            {describe(issue)}
            {issue.path && issue.code !== 'phase.missing' && (
              <>
                {' '}
                <Text span size="xs" c="dimmed">
                  {t('catalogueIssues.at')}
                </Text>{' '}
                <Code fz="xs">{where(issue.path)}</Code>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

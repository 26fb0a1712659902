import { Anchor, Badge, FileButton, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPaperclip } from '@tabler/icons-react';
import { INSPECTION_ANSWERS, type InspectionAnswer } from '@ungcuu/domain/inspections/remediation.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { useAnswer, useUploadEvidence } from '../hooks/use-inspections.ts';
import type { InspectionItemState } from '../inspection-types.ts';
import { AnswerBadge, SeverityBadge } from './badges.tsx';

const ANSWER_COLOR: Record<InspectionAnswer, string> = {
  yes: 'teal',
  no: 'red',
  partial: 'yellow',
  not_applicable: 'gray',
};

interface Props {
  inspectionId: string;
  item: InspectionItemState;
  editable: boolean;
}

/** One checklist item: the question and how to check it, the answer, a note and evidence files. */
export function ChecklistItem({ inspectionId, item, editable }: Props) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const answer = useAnswer(inspectionId);
  const upload = useUploadEvidence(inspectionId);
  const phone = useMediaQuery('(max-width: 48em)');
  const [note, setNote] = useState(item.note ?? '');
  useEffect(() => setNote(item.note ?? ''), [item.note]);
  const save = (value: InspectionAnswer, nextNote = note) =>
    answer.mutate({ [item.key]: { answer: value, note: nextNote.trim() || null } });
  const title = label(item.title);
  return (
    <Stack
      gap={6}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid={`item-${item.key}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 20rem' }}>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {title}
            </Text>
            <SeverityBadge severity={item.severity} />
            {item.evidenceRequired && (
              <Badge size="xs" variant="outline" color="navy">
                {t('inspections.checklist.evidenceRequired')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{label(item.question)}</Text>
          <Text size="xs" c="dimmed">
            {label(item.guidance)}
          </Text>
        </Stack>
        {!item.applies ? (
          <Badge color="gray" variant="light">
            {t('inspections.checklist.notApplicableLevel')}
          </Badge>
        ) : editable ? (
          <SegmentedControl
            aria-label={t('inspections.checklist.answerFor', { title })}
            value={item.answer ?? ''}
            onChange={(v) => save(v as InspectionAnswer)}
            data={INSPECTION_ANSWERS.map((a) => ({ value: a, label: t(`inspections.answers.${a}`) }))}
            color={item.answer ? ANSWER_COLOR[item.answer] : undefined}
            size="xs"
            fullWidth={phone}
            styles={{ label: { whiteSpace: 'normal', lineHeight: 1.2 } }}
          />
        ) : (
          <AnswerBadge answer={item.answer} size="md" />
        )}
      </Group>
      {item.applies && editable && (
        <Textarea
          aria-label={t('inspections.checklist.noteFor', { title })}
          placeholder={t('inspections.checklist.note')}
          autosize
          minRows={1}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onBlur={() => {
            if (item.answer && note.trim() !== (item.note ?? '')) save(item.answer, note);
          }}
          description={!item.answer && note.trim() ? t('inspections.checklist.noteNeedsAnswer') : undefined}
        />
      )}
      {!editable && item.note && (
        <Text size="sm" fs="italic">
          {item.note}
        </Text>
      )}
      {(item.evidence.length > 0 || (editable && item.applies)) && (
        <Group gap="xs">
          {item.evidence.map((e) => (
            <Anchor
              key={e.id}
              component="button"
              type="button"
              size="xs"
              onClick={() =>
                void downloadFile(`/api/inspections/${inspectionId}/evidence/${e.id}`, e.filename)
              }
            >
              <IconPaperclip size={12} aria-hidden /> {e.filename}
            </Anchor>
          ))}
          {editable && item.applies && (
            <FileButton onChange={(file) => file && upload.mutate({ itemKey: item.key, file })}>
              {(props) => (
                <Anchor component="button" type="button" size="xs" {...props}>
                  {upload.isPending
                    ? t('inspections.checklist.uploading')
                    : t('inspections.checklist.addEvidence')}
                </Anchor>
              )}
            </FileButton>
          )}
        </Group>
      )}
    </Stack>
  );
}

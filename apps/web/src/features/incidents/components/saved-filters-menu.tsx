import { ActionIcon, Button, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { filtersFromRecord, filtersToRecord, type IncidentFilters } from '../hooks/incident-filters.ts';
import { useDeleteFilter, useSavedFilters, useSaveFilter } from '../hooks/use-incidents.ts';

interface Props {
  current: IncidentFilters;
  onPick: (filters: IncidentFilters) => void;
}

/** The person's saved filters: pick one, save the current one under a name, delete one. */
export function SavedFiltersMenu({ current, onPick }: Props) {
  const { t } = useTranslation();
  const saved = useSavedFilters();
  const save = useSaveFilter();
  const remove = useDeleteFilter();
  const [confirm, confirmElement] = useConfirm();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  const submit = () => {
    if (!name.trim()) return;
    save.mutate(
      { name: name.trim(), query: filtersToRecord(current) },
      {
        onSuccess: () => {
          notifySuccess(t('incidents.saved.done', { name: name.trim() }));
          setNaming(false);
          setName('');
        },
      },
    );
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} aria-hidden />}
            data-testid="saved-filters"
          >
            {t('incidents.saved.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={260}>
          {(saved.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {t('incidents.saved.empty')}
            </Text>
          )}
          {(saved.data ?? []).map((f) => (
            <Group key={f.id} gap={4} wrap="nowrap" justify="space-between">
              <Menu.Item onClick={() => onPick(filtersFromRecord(f.query))} style={{ flex: 1 }}>
                {f.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('incidents.saved.delete', { name: f.name })}
                onClick={async () => {
                  if (
                    await confirm(
                      t('incidents.saved.deleteConfirm', { name: f.name }),
                      t('incidents.saved.deleteButton'),
                    )
                  ) {
                    remove.mutate(f.id);
                  }
                }}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={16} aria-hidden />} onClick={() => setNaming(true)}>
            {t('incidents.saved.saveCurrent')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <AppModal
        opened={naming}
        onClose={() => setNaming(false)}
        title={t('incidents.saved.saveCurrent')}
        centered
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack>
            <TextInput
              label={t('incidents.saved.name')}
              placeholder={t('incidents.saved.namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={100}
              required
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
      {confirmElement}
    </>
  );
}

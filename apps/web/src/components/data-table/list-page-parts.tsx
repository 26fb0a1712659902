import { Button, type ButtonProps, Group, type ModalProps, TextInput } from '@mantine/core';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { Query } from '../../api/client.ts';
import { downloadFile } from '../../lib/download-file.ts';
import { AppModal } from '../app-modal.tsx';
import type { useDialogTarget } from '../use-dialog-target.ts';
import { usePhone } from './data-table.tsx';

/** The row of filters above a list; inputs line up on their bottom edge and wrap on phones. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Group align="flex-end" gap="sm" mb="md">
      {children}
    </Group>
  );
}

/** The free-text search of a list (the caller debounces through `useTableState`). */
export function SearchFilter({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      type="search"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      style={{ flex: '1 1 16rem' }}
    />
  );
}

/**
 * A download of the list as the module's export endpoint produces it (CSV, XLSX), with the
 * page's current filters; busy while the file is generated.
 */
export function ExportButton({
  label,
  path,
  filename,
  query,
  variant = 'default',
}: {
  label: string;
  path: string;
  filename: string;
  query?: Query;
  variant?: ButtonProps['variant'];
}) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, filename, query);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant={variant}
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onClick={() => void run()}
    >
      {label}
    </Button>
  );
}

/**
 * The create/edit dialog of a list: full screen on phones, content mounted only while open (a
 * form starts from the record each time), title kept while it fades out.
 */
export function RecordModal<T>({
  dialog,
  createTitle,
  editTitle,
  size = 'lg',
  children,
}: {
  dialog: ReturnType<typeof useDialogTarget<T>>;
  createTitle: string;
  editTitle: string;
  size?: ModalProps['size'];
  children: (record: T | undefined) => ReactNode;
}) {
  const phone = usePhone();
  return (
    <AppModal
      opened={dialog.opened}
      onClose={() => dialog.close()}
      title={dialog.last === 'new' ? createTitle : editTitle}
      size={size}
      fullScreen={phone}
    >
      {dialog.opened && children(dialog.last === 'new' ? undefined : dialog.last)}
    </AppModal>
  );
}

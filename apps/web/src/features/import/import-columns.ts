// The column headers the server's importer reads (English names; Vietnamese aliases also work there).
export const IMPORT_COLUMNS = {
  units: [
    'code',
    'name',
    'type',
    'parent_code',
    'address',
    'phone',
    'email',
    'website',
    'leader_name',
    'focal_main_name',
    'focal_main_phone',
    'focal_main_email',
    'focal_backup_name',
    'focal_backup_phone',
    'focal_backup_email',
  ],
  users: ['username', 'full_name', 'unit_code', 'roles', 'title', 'email', 'phone'],
} as const;

export type ImportKind = keyof typeof IMPORT_COLUMNS;

/** A header-only CSV (UTF-8 with BOM so that Excel shows Vietnamese correctly) to fill in. */
export function downloadTemplate(kind: ImportKind): void {
  const blob = new Blob([`\uFEFF${IMPORT_COLUMNS[kind].join(',')}\r\n`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `ungcuu-${kind}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

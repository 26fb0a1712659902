import { DomainError } from '@ungcuu/domain/errors.ts';

/** Maps a unique-violation from either engine to the domain's duplicate error; rethrows the rest. */
export function rethrowUnique(error: unknown, field: string): never {
  const code = (error as { code?: string } | null)?.code;
  if (code === '23505') throw new DomainError('conflict.duplicate', { field });
  throw error;
}

/** A LIKE pattern that matches the text anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

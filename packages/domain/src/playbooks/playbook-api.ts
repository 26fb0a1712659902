import { type Static, Type } from '@sinclair/typebox';
import { Items } from '../api-shapes.ts';
import { SubtypeSchema } from '../incidents/schemas.ts';
import { PlaybookSchema } from './playbook.ts';

// Request and response schemas of the playbook endpoints. A saved playbook is checked by
// validatePlaybook (issues with paths), so the body is any object here.

export const PlaybookParamsSchema = Type.Object({ subtype: SubtypeSchema });
export const PlaybookBodySchema = Type.Object({}, { additionalProperties: true });
export const PlaybookListSchema = Items(PlaybookSchema);
export type PlaybookList = Static<typeof PlaybookListSchema>;
export { PlaybookSchema };

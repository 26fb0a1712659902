import { enAdmin } from './en/admin.ts';
import { enCommon } from './en/common.ts';
import type { Messages } from './messages.ts';
import { viAdmin } from './vi/admin.ts';
import { viCommon } from './vi/common.ts';

export const vi = { ...viCommon, ...viAdmin };
export const en: Messages<typeof vi> = { ...enCommon, ...enAdmin };

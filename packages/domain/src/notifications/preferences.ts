import { type Static, Type } from '@sinclair/typebox';
import { NOTICE_KINDS, type NoticeKind, URGENT_TIER } from './notice-kinds.ts';

/** Channels a person can choose per kind of notice. In-app is the bell. */
export const PERSONAL_CHANNELS = ['inapp', 'email', 'chat'] as const;
export type PersonalChannel = (typeof PERSONAL_CHANNELS)[number];

const HourMinute = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 });

export const KindRuleSchema = Type.Object(
  {
    inapp: Type.Boolean(),
    email: Type.Boolean(),
    chat: Type.Boolean(),
    /** Incident notices below this tier (0–4) stay in the bell only. */
    minTier: Type.Integer({ minimum: 0, maximum: 4 }),
  },
  { additionalProperties: false },
);
export type KindRule = Static<typeof KindRuleSchema>;

export const NotificationPrefsSchema = Type.Object(
  {
    rules: Type.Partial(
      Type.Object(
        Object.fromEntries(NOTICE_KINDS.map((k) => [k, KindRuleSchema])) as Record<
          NoticeKind,
          typeof KindRuleSchema
        >,
        {
          additionalProperties: false,
        },
      ),
    ),
    /** Local time (Asia/Ho_Chi_Minh) during which non-urgent external messages wait. */
    quietHours: Type.Union([
      Type.Object({ from: HourMinute, to: HourMinute }, { additionalProperties: false }),
      Type.Null(),
    ]),
    /** Non-urgent emails collected into one mail a day instead of one each. */
    digest: Type.Boolean(),
    /** The person's chat id for the chat bot (Telegram chat id or the gateway's user id). */
    chatId: Type.Union([
      Type.String({ minLength: 1, maxLength: 64, pattern: '^[-A-Za-z0-9_@.]+$' }),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);
export type NotificationPrefs = Static<typeof NotificationPrefsSchema>;

export const DEFAULT_RULE: KindRule = { inapp: true, email: true, chat: false, minTier: 0 };

export function defaultPrefs(): NotificationPrefs {
  return {
    rules: Object.fromEntries(NOTICE_KINDS.map((k) => [k, { ...DEFAULT_RULE }])),
    quietHours: null,
    digest: false,
    chatId: null,
  };
}

/** Stored preferences completed with defaults (kinds added after the person saved keep the default). */
export function completePrefs(stored: Partial<NotificationPrefs> | null | undefined): NotificationPrefs {
  const base = defaultPrefs();
  if (!stored) return base;
  return {
    rules: { ...base.rules, ...(stored.rules ?? {}) },
    quietHours: stored.quietHours ?? null,
    digest: stored.digest ?? false,
    chatId: stored.chatId ?? null,
  };
}

export interface ChannelChoice {
  inapp: boolean;
  email: boolean;
  chat: boolean;
  /** External messages wait until then (quiet hours); null: send now. */
  notBefore: Date | null;
}

/** Vietnam has one time zone and no daylight saving: UTC+7 all year. */
const VN_OFFSET_MIN = 7 * 60;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** End of the quiet period `now` falls in, or null when `now` is outside quiet hours. */
export function quietUntil(quiet: { from: string; to: string } | null, now: Date): Date | null {
  if (!quiet) return null;
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  if (from === to) return null;
  const local = new Date(now.getTime() + VN_OFFSET_MIN * 60_000);
  const nowMin = local.getUTCHours() * 60 + local.getUTCMinutes();
  const inside = from < to ? nowMin >= from && nowMin < to : nowMin >= from || nowMin < to;
  if (!inside) return null;
  const wait = (to - nowMin + 24 * 60) % (24 * 60);
  const end = new Date(now.getTime() + wait * 60_000);
  end.setUTCSeconds(0, 0);
  return end;
}

/**
 * Which channels a notice goes to for one person. Urgent notices (T3/T4) ignore quiet hours, the
 * digest and the tier threshold: a leader must hear of an emergency at night.
 */
export function chooseChannels(
  prefs: NotificationPrefs,
  notice: { kind: NoticeKind; tier?: number | null },
  now: Date,
): ChannelChoice {
  const rule = prefs.rules[notice.kind] ?? DEFAULT_RULE;
  const urgent = (notice.tier ?? -1) >= URGENT_TIER;
  const tierOk = urgent || notice.tier == null || notice.tier >= rule.minTier;
  return {
    inapp: rule.inapp || urgent,
    // With the digest on, ordinary notices reach the mailbox once a day (the digest job).
    email: tierOk && rule.email && (urgent || !prefs.digest || notice.kind === 'digest'),
    chat: tierOk && rule.chat && prefs.chatId !== null,
    notBefore: urgent ? null : quietUntil(prefs.quietHours, now),
  };
}

import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';

/**
 * Traffic Light Protocol 2.0 (FIRST): how far a shared record may travel. TLP 1.0 WHITE is read
 * as CLEAR. Ordered from the least to the most restricted, so that "keep the strictest" is a max.
 */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];
export const TlpSchema = Type.Union(TLP_LEVELS.map((t) => Type.Literal(t)));

/** The levels a feed may be asked for: RED never leaves the office, AMBER+STRICT stays in it. */
export const FEED_TLPS = ['clear', 'green', 'amber'] as const;
export type FeedTlp = (typeof FEED_TLPS)[number];
export const FeedTlpSchema = Type.Union(FEED_TLPS.map((t) => Type.Literal(t)));
export type FeedTlpValue = Static<typeof FeedTlpSchema>;

/** The marking a new incident gets: shared with the units that need to act, nobody else. */
export const DEFAULT_TLP: Tlp = 'amber';

export const TLP_LABELS: Record<Tlp, LocalizedText> = {
  clear: { vi: 'TLP:CLEAR — công khai', en: 'TLP:CLEAR — public' },
  green: { vi: 'TLP:GREEN — trong cộng đồng', en: 'TLP:GREEN — community' },
  amber: {
    vi: 'TLP:AMBER — trong tổ chức nhận và đối tác cần biết',
    en: 'TLP:AMBER — recipients and need-to-know clients',
  },
  'amber+strict': {
    vi: 'TLP:AMBER+STRICT — chỉ trong tổ chức nhận',
    en: 'TLP:AMBER+STRICT — recipient organisation only',
  },
  red: { vi: 'TLP:RED — chỉ người nhận trực tiếp', en: 'TLP:RED — named recipients only' },
};

export function tlpRank(tlp: Tlp): number {
  return TLP_LEVELS.indexOf(tlp);
}

/** The more restricted of two markings (importing never loosens a marking). */
export function strictestTlp(a: Tlp, b: Tlp): Tlp {
  return tlpRank(a) >= tlpRank(b) ? a : b;
}

/** The levels a record may carry to appear in a feed of this level ("at or below"). */
export function tlpsUpTo(level: FeedTlp): Tlp[] {
  return TLP_LEVELS.slice(0, tlpRank(level) + 1);
}

/** A TLP name as written in MISP tags, STIX names and e-mail subjects ("tlp:white", "TLP:AMBER+STRICT"). */
export function parseTlpName(text: string): Tlp | null {
  const name = text
    .trim()
    .toLowerCase()
    .replace(/^tlp\s*[:=]\s*/, '')
    .replace(/"/g, '');
  if (name === 'white') return 'clear';
  if (name === 'amber strict') return 'amber+strict';
  return (TLP_LEVELS as readonly string[]).includes(name) ? (name as Tlp) : null;
}

/** MISP tag of a level (MISP taxonomy "tlp"). */
export function mispTlpTag(tlp: Tlp): string {
  return `tlp:${tlp}`;
}

// STIX 2.1 §7.2.1.4: the four TLP 1.0 marking definitions every producer uses by these ids.
export const STIX_TLP1_IDS: Record<string, Tlp> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

// The OASIS TLP 2.0 marking definitions (an extension-definition with property "tlp_2_0").
export const STIX_TLP2_IDS: Record<Tlp, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
export const STIX_TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
const STIX_TLP2_CREATOR = 'identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01';

/** The TLP a STIX marking-definition id names, for the well-known ids only. */
export function tlpOfStixMarkingId(id: string): Tlp | null {
  if (STIX_TLP1_IDS[id]) return STIX_TLP1_IDS[id];
  const found = (Object.entries(STIX_TLP2_IDS) as [Tlp, string][]).find(([, v]) => v === id);
  return found ? found[0] : null;
}

/** The published TLP 2.0 marking-definition object, as it is included in an exported bundle. */
export function stixTlp2MarkingDefinition(tlp: Tlp) {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: STIX_TLP2_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    created_by_ref: STIX_TLP2_CREATOR,
    name: `TLP:${tlp.toUpperCase()}`,
    extensions: {
      [STIX_TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: tlp },
    },
  };
}

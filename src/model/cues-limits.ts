/**
 * The baby-cues guide's red-flag rules: the illness red flags every pack must list (a host may
 * reword them, never remove or lower them). Plain constants (no zod): the parser, the JSON Schema
 * and the tests share them; the widget needs only their types.
 */

/** The help a red flag calls for: the baby's emergency card (999 or A&E) or urgent card (111 or the GP). */
export const redFlagLevels = ['emergency', 'urgent'] as const;
export type RedFlagLevel = (typeof redFlagLevels)[number];

/**
 * Red flags every pack must carry, each with the least help it may call for. Signs that NHS.UK
 * or NHS "Healthier Together" put under 999 or A&E are `emergency`; a temperature of 38°C or
 * more under 3 months and a baby not feeding are at least `urgent` (see docs/contacts.md for the
 * sources, and docs/clinical-safety.md for why the stricter of two NHS sources is kept).
 */
export const REQUIRED_RED_FLAGS: Readonly<Record<string, RedFlagLevel>> = {
  floppy: 'emergency',
  'hard-to-wake': 'emergency',
  breathing: 'emergency',
  'blue-pale': 'emergency',
  fit: 'emergency',
  rash: 'emergency',
  cry: 'emergency',
  'fever-under-3-months': 'urgent',
  'not-feeding': 'urgent',
};

/** Whether a red flag at `level` gives at least the help `least` calls for. */
export function atLeast(level: RedFlagLevel, least: RedFlagLevel): boolean {
  return redFlagLevels.indexOf(level) <= redFlagLevels.indexOf(least);
}

/**
 * Signpost and help levels and their order. Plain constants and functions (no zod), so
 * widgets can use them without loading the validation code.
 */

/** Signpost levels, least to most urgent. The order is part of the contract. */
export const signpostLevels = ['none', 'support', 'non-urgent', 'urgent', 'emergency'] as const;
export type SignpostLevel = (typeof signpostLevels)[number];

/** Help levels are the signpost levels that have a card: most urgent first. */
export const helpLevels = ['emergency', 'urgent', 'non-urgent', 'support'] as const;
export type HelpLevel = (typeof helpLevels)[number];

/** Position of a level in `signpostLevels`: higher is more urgent. */
export function signpostRank(level: SignpostLevel): number {
  return signpostLevels.indexOf(level);
}

/** The levels whose help is shown first and focused. */
export type UrgentLevel = Extract<SignpostLevel, 'urgent' | 'emergency'>;

/** `urgent` or `emergency`. */
export function isUrgent(level: SignpostLevel): level is UrgentLevel {
  return signpostRank(level) >= signpostRank('urgent');
}

/**
 * What each answer to a safety question declares, in words, about the help it calls for: no
 * concern, or at least urgent or emergency help. Declared beside the score, so a score typed in
 * reverse disagrees with its declaration and the pack is refused.
 */
export const safetyDeclarations = ['none', 'urgent', 'emergency'] as const;
export type SafetyDeclaration = (typeof safetyDeclarations)[number];

/** The UK nations, each with its own routes to help (and so its own ready packs). */
export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof nations)[number];

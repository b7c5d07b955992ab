export const OBSERVATIE_ASPECTEN = ['werkhouding', 'welbevinden', 'sociaal_gedrag', 'talent'] as const;
export type ObservatieAspectValue = (typeof OBSERVATIE_ASPECTEN)[number];

/** 1 zorgelijk · 2 aandacht · 3 voldoende · 4 goed. Talent has no rating, only words. */
export const WAARDERINGEN = [1, 2, 3, 4] as const;

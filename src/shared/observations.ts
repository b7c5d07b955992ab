export const OBSERVATIE_ASPECTEN = ['werkhouding', 'welbevinden', 'sociaal_gedrag', 'talent'] as const;
export type ObservatieAspectValue = (typeof OBSERVATIE_ASPECTEN)[number];

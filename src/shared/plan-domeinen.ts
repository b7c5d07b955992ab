/**
 * The domeinen a groepsplan can be about besides the toets vakken (HGW: goals for werkhouding and
 * social-emotional functioning, not only for learning). They have no toets: their goals are observable
 * behaviour or a target on a social-emotional instrument. Codes are stable; names live in the catalog.
 */
export const PLAN_DOMEINEN = ['werkhouding', 'gedrag', 'sociaal-emotioneel'] as const;
export type PlanDomein = (typeof PLAN_DOMEINEN)[number];

export function isPlanDomein(value: string): value is PlanDomein {
  return (PLAN_DOMEINEN as readonly string[]).includes(value);
}

/** The teacher's observations (observatie.aspect) that are evidence for a plan of this domein. */
export const DOMEIN_ASPECTEN: Readonly<Record<PlanDomein, readonly string[]>> = {
  werkhouding: ['werkhouding'],
  gedrag: ['sociaal_gedrag'],
  'sociaal-emotioneel': ['welbevinden', 'sociaal_gedrag'],
};

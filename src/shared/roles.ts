export const ROLE_VALUES = ['leerkracht', 'ib', 'schoolleider', 'bestuur', 'beheerder'] as const;
export type RoleValue = (typeof ROLE_VALUES)[number];

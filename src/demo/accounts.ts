/** The demo logins: per school a teacher or two, an IB and a schoolleider; a bestuur and a beheerder. */
import type { DemoContext } from './context';
import type { DemoAccount, DemoData } from './generator';
import type { Layout } from './layout';

export const DEMO_PASSWORD = 'demo-leerwinst';
export const DEMO_EMAIL_DOMAIN = 'leerwinst.example';

function linkTeacher(data: DemoData, account: DemoAccount, medewerkerId: string | undefined): void {
  const staff = data.medewerker.find((m) => m.id === medewerkerId);
  if (!staff) return;
  staff.user_id = account.id;
  const [roepnaam, ...rest] = account.name.split(' ');
  staff.roepnaam = roepnaam ?? null;
  staff.achternaam = rest.join(' ');
  staff.email = account.email;
}

export function addSchoolAccounts(
  data: DemoData,
  schoolIndex: number,
  layout: Layout,
  teacherOf: Map<string, string>,
  id: () => string,
  ownGroup: string,
  otherGroup: string,
): void {
  const teacher: DemoAccount = {
    id: id(),
    name: 'Sanne de Wit',
    email: `leerkracht@${DEMO_EMAIL_DOMAIN}`,
    role: 'leerkracht',
    schoolIndex,
    label: `leerkracht van ${ownGroup}`,
  };
  const colleague: DemoAccount = {
    id: id(),
    name: 'Joris Kramer',
    email: `leerkracht7@${DEMO_EMAIL_DOMAIN}`,
    role: 'leerkracht',
    schoolIndex,
    label: `leerkracht van ${otherGroup}`,
  };
  data.accounts.push(teacher, colleague);
  if (layout.labels.includes(ownGroup)) linkTeacher(data, teacher, teacherOf.get(ownGroup));
  if (layout.labels.includes(otherGroup)) linkTeacher(data, colleague, teacherOf.get(otherGroup));
  data.accounts.push({
    id: id(),
    name: 'Ingrid Bakker',
    email: `ib@${DEMO_EMAIL_DOMAIN}`,
    role: 'ib',
    schoolIndex,
    label: 'intern begeleider',
  });
  data.accounts.push({
    id: id(),
    name: 'Dirk Smit',
    email: `directie@${DEMO_EMAIL_DOMAIN}`,
    role: 'schoolleider',
    schoolIndex,
    label: 'schoolleider',
  });
}

export function addOtherSchoolAccounts(
  data: DemoData,
  schoolIndex: number,
  layout: Layout,
  teacherOf: Map<string, string>,
  id: () => string,
): void {
  const label = layout.labels.find((l) => l.includes('5')) ?? layout.labels[0] ?? '';
  const teacher: DemoAccount = {
    id: id(),
    name: 'Kees Kompas',
    email: `leerkracht.kompas@${DEMO_EMAIL_DOMAIN}`,
    role: 'leerkracht',
    schoolIndex,
    label: `leerkracht van ${label} (tweede school)`,
  };
  data.accounts.push(teacher);
  linkTeacher(data, teacher, teacherOf.get(label));
  data.accounts.push({
    id: id(),
    name: 'Iris Kompas',
    email: `ib.kompas@${DEMO_EMAIL_DOMAIN}`,
    role: 'ib',
    schoolIndex,
    label: 'intern begeleider (tweede school)',
  });
}

/** The bestuur and beheerder logins, then a role assignment for every account made so far. */
export function addBestuurAccounts(ctx: Pick<DemoContext, 'data' | 'id' | 'iso'>, bestuurId: string): void {
  const { data, id, iso } = ctx;
  data.accounts.push({
    id: id(),
    name: 'Bas Bestuurder',
    email: `bestuur@${DEMO_EMAIL_DOMAIN}`,
    role: 'bestuur',
    schoolIndex: null,
    label: 'bestuur (kwaliteitszorg)',
  });
  data.accounts.push({
    id: id(),
    name: 'Bea Beheer',
    email: `beheer@${DEMO_EMAIL_DOMAIN}`,
    role: 'beheerder',
    schoolIndex: null,
    label: 'beheerder',
  });
  for (const account of data.accounts) {
    data.role_assignment.push({
      id: id(),
      user_id: account.id,
      role: account.role,
      school_id: account.schoolIndex === null ? null : (data.summary.schoolIds[account.schoolIndex] ?? null),
      bestuur_id: account.schoolIndex === null ? bestuurId : null,
      created_at: iso,
    });
  }
}

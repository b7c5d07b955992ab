import { NavLink } from 'react-router';
import { useSchools } from '../../api/queries';
import type { Me } from '../../api/types';
import { useI18n } from '../../i18n';

/**
 * The audit log in the main menu, for whoever may read it (the schoolleider). The log is per school:
 * the link opens the first such school; a second school is reached from its block on the start page.
 */
export function AuditNavLink({ me }: { me: Me }) {
  const { t } = useI18n();
  const readsAudit = me.abilities.includes('audit.read');
  const schools = useSchools(readsAudit);
  const school = schools.data?.schools.find((s) => s.abilities.includes('audit.read'));
  if (!readsAudit || !school) return null;
  return (
    <NavLink to={`/scholen/${school.id}/audit`} className="nav-link">
      {t.privacy.auditLink}
    </NavLink>
  );
}

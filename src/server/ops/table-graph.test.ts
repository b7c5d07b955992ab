import { describe, expect, it } from 'vitest';
import type { TableInfo } from '../db/introspect';
import { dependencyOrder, isOwnRow, planTables, TableOrderError, type TablePlan } from './table-graph';

/** A small catalog in the shape the engines report: name, columns (not null?), key, foreign keys. */
function table(name: string, columns: string, fks: [string, string][] = [], pk = ['id']): TableInfo {
  return {
    name,
    columns: columns.split(' ').map((c) => ({ name: c.replace('!', ''), notNull: c.endsWith('!') })),
    primaryKey: pk,
    foreignKeys: fks.map(([column, target]) => ({ column, table: target, refColumn: 'id' })),
  };
}

const catalog = [
  table('resultaat', 'id! leerling_id! toets_id!', [
    ['leerling_id', 'leerling'],
    ['toets_id', 'toets'],
  ]),
  table('nieuw', 'id! resultaat_id!', [['resultaat_id', 'resultaat']]),
  table('leerling', 'id! school_id!', [['school_id', 'school']]),
  table('school', 'id! bestuur_id!', [['bestuur_id', 'bestuur']]),
  table('bestuur', 'id! name!'),
  table('toets', 'id! school_id', [['school_id', 'school']]),
  table('app_user', 'id! email!'),
  table('notitie', 'id! leerling_id! author_id!', [
    ['leerling_id', 'leerling'],
    ['author_id', 'app_user'],
  ]),
  table('audit', 'id! school_id leerling_id user_id entity_id'),
  table('setting', 'key! value!', [], ['key']),
  table('user_mfa', 'user_id! secret!', [['user_id', 'app_user']], ['user_id']),
  table('session', 'id! user_id!', [['user_id', 'app_user']]),
];

describe('the table plan of a transfer', () => {
  const plans = planTables(catalog);
  const byName = new Map(plans.map((p) => [p.table.name, p]));

  it('puts every parent before its children, and leaves the login sessions out', () => {
    const order = plans.map((p) => p.table.name);
    expect(order).not.toContain('session');
    for (const t of catalog.filter((c) => c.name !== 'session')) {
      for (const fk of t.foreignKeys) expect(order.indexOf(fk.table)).toBeLessThan(order.indexOf(t.name));
    }
  });

  it('derives how rows belong to a school from the links, for a table added later too', () => {
    const kind = (name: string) => {
      const o = byName.get(name)?.ownership;
      if (o?.kind === 'owned')
        return `owned ${o.via ? `via ${o.via.hop.column} (${o.via.root})` : o.hops.map((h) => h.column).join('|')}`;
      if (o?.kind === 'shared')
        return `shared ${o.referencedBy.map((h) => `${h.table}.${h.column}`).join('|')}/${o.parents.map((h) => h.column).join('|')}`;
      return o?.kind;
    };
    expect(Object.fromEntries(plans.map((p) => [p.table.name, kind(p.table.name)]))).toEqual({
      bestuur: 'anchor',
      school: 'anchor',
      leerling: 'owned via school_id (school)',
      resultaat: 'owned via leerling_id (school)',
      nieuw: 'owned via resultaat_id (school)',
      notitie: 'owned via leerling_id (school)',
      // Null: a landelijke toets, for every school.
      toets: 'owned school_id',
      // No foreign keys (an audit trail outlives its rows): placed by its <table>_id columns.
      audit: 'owned school_id|leerling_id',
      app_user: 'shared notitie.author_id|user_mfa.user_id/',
      user_mfa: 'shared /user_id',
      setting: 'installation',
    });
  });

  it('refuses a table that refers to itself, and a ring of references', () => {
    expect(() =>
      dependencyOrder([...catalog, table('boom', 'id! ouder_id', [['ouder_id', 'boom']])]),
    ).toThrow(TableOrderError);
    const ring = [table('a', 'id! b_id', [['b_id', 'b']]), table('b', 'id! a_id', [['a_id', 'a']])];
    expect(() => dependencyOrder(ring)).toThrow(/kring/);
  });

  it("tells a school's own rows from the ones it shares", () => {
    const plan = (name: string) => byName.get(name) as TablePlan;
    const school = {
      plans: byName,
      own: new Set(['school'] as const),
      notOwn: new Map([['toets', new Set(['t-landelijk'])]]),
    };
    const bestuur = { ...school, own: new Set(['bestuur', 'school'] as const) };
    expect(isOwnRow(plan('toets'), { id: 't-landelijk', school_id: null }, school)).toBe(false);
    expect(isOwnRow(plan('toets'), { id: 't-eigen', school_id: 's1' }, school)).toBe(true);
    expect(isOwnRow(plan('resultaat'), { id: 'r', leerling_id: 'l', toets_id: 't-landelijk' }, school)).toBe(
      true,
    );
    expect(isOwnRow(plan('bestuur'), { id: 'b' }, school)).toBe(false);
    expect(isOwnRow(plan('bestuur'), { id: 'b' }, bestuur)).toBe(true);
    expect(isOwnRow(plan('app_user'), { id: 'u' }, bestuur)).toBe(false);
    expect(isOwnRow(plan('audit'), { id: 'x', school_id: null, leerling_id: null }, school)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { queryKeys } from './keys';

/** TanStack Query invalidates by prefix: a key is reached when the prefix matches its first elements. */
const reaches = (prefix: readonly unknown[], key: readonly unknown[]) =>
  prefix.length <= key.length && prefix.every((part, i) => part === key[i]);

describe('queryKeys', () => {
  it("invalidating a group's groepsoverzicht reaches every periode of it, and no other group", () => {
    const all = queryKeys.groepsoverzichtAll('g1');
    expect(reaches(all, queryKeys.groepsoverzicht('g1', null))).toBe(true);
    expect(reaches(all, queryKeys.groepsoverzicht('g1', 'p2'))).toBe(true);
    expect(reaches(all, queryKeys.groepsoverzicht('g2', 'p2'))).toBe(false);
  });

  it('a placement change reaches the walls, the groups and the pupils', () => {
    expect(reaches(queryKeys.datamuurAll, queryKeys.datamuur('/groups/g1/datamuur', 'vak=spelling'))).toBe(
      true,
    );
    expect(reaches(queryKeys.groupsAll, queryKeys.groupAnalysis('g1'))).toBe(true);
    expect(reaches(queryKeys.groupsAll, queryKeys.groepsoverzicht('g1', null))).toBe(true);
    expect(reaches(queryKeys.pupilsAll, queryKeys.pupilAnalysis('p1'))).toBe(true);
  });

  it('every cycle view sits below the cycle prefix, every OGW view below the OGW prefix', () => {
    expect(reaches(queryKeys.cycleAll, queryKeys.groupCycle('g1', null))).toBe(true);
    expect(reaches(queryKeys.cycleAll, queryKeys.schoolCycle('s1', '2025-2026', '2'))).toBe(true);
    for (const key of [
      queryKeys.schooloverzicht('s1', null, 'M'),
      queryKeys.ambitions('s1', '2025-2026'),
      queryKeys.trends('s1', { vak: 'spelling' }),
      queryKeys.bestuurGrid({}),
      queryKeys.teambesprekingen('s1'),
      queryKeys.teambespreking('t1'),
    ]) {
      expect(reaches(queryKeys.ogwAll, key)).toBe(true);
    }
  });

  it('the current periode and schooljaar have a key of their own, apart from a named one', () => {
    expect(queryKeys.groepsoverzicht('g1', null)).toEqual(['groups', 'g1', 'groepsoverzicht', 'huidig']);
    expect(queryKeys.groups('s1', undefined)).toEqual(['schools', 's1', 'groups', 'current']);
    expect(queryKeys.schoolCycle('s1', null, null)).not.toEqual(
      queryKeys.schoolCycle('s1', '2025-2026', null),
    );
  });
});

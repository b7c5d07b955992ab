import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortMembership, type Placement } from './cohort';

const place = (
  leerlingId: string,
  schooljaar: string,
  jaargroep: number,
  startDate: string | null = null,
  endDate: string | null = null,
): Placement => ({ leerlingId, schooljaar, jaargroep, startDate, endDate });

// The groep 3 of 2021-2022, three schooljaren on.
const PLACEMENTS: Placement[] = [
  // anna goes through on schedule.
  place('anna', '2021-2022', 3),
  place('anna', '2022-2023', 4),
  place('anna', '2023-2024', 5),
  // bram does groep 4 twice.
  place('bram', '2021-2022', 3),
  place('bram', '2022-2023', 4),
  place('bram', '2023-2024', 4),
  // cas leaves in March of groep 4.
  place('cas', '2021-2022', 3),
  place('cas', '2022-2023', 4, null, '2023-03-10'),
  // dewi arrives in groep 3 in November: after the peildatum, so not a member.
  place('dewi', '2021-2022', 3, '2021-11-15'),
  place('dewi', '2022-2023', 4),
  place('dewi', '2023-2024', 5),
  // eva skips groep 4.
  place('eva', '2021-2022', 3),
  place('eva', '2022-2023', 5),
  place('eva', '2023-2024', 6),
  // finn is a zittenblijver of the cohort above: groep 4 in 2021-2022 and again in 2022-2023.
  place('finn', '2021-2022', 4),
  place('finn', '2022-2023', 4),
  place('finn', '2023-2024', 5),
  // gijs moves away in the summer after groep 3 and comes back in groep 5.
  place('gijs', '2021-2022', 3),
  place('gijs', '2023-2024', 5),
  // hugo is moved down to groep 3 in September and the old placement was never closed: the later one counts.
  place('hugo', '2021-2022', 4),
  place('hugo', '2021-2022', 3, '2021-09-01'),
];

describe('cohortMembership', () => {
  const years = cohortMembership(
    PLACEMENTS,
    { schooljaar: '2021-2022', jaargroep: 3 },
    { through: '2023-2024' },
  );

  it('fixes membership on 1 October of the start year', () => {
    expect(years[0]).toEqual({
      schooljaar: '2021-2022',
      expectedJaargroep: 3,
      members: ['anna', 'bram', 'cas', 'eva', 'gijs', 'hugo'],
      onSchedule: ['anna', 'bram', 'cas', 'eva', 'gijs', 'hugo'],
      repeaters: [],
      ahead: [],
      left: [],
      instroom: [],
    });
  });

  it('keeps the leaver in the year of leaving, and follows repeaters, skippers, joiners after', () => {
    expect(years[1]).toEqual({
      schooljaar: '2022-2023',
      expectedJaargroep: 4,
      members: ['anna', 'bram', 'cas', 'eva'],
      onSchedule: ['anna', 'bram', 'cas'],
      repeaters: [],
      ahead: ['eva'],
      left: ['gijs', 'hugo'],
      instroom: ['dewi', 'finn'],
    });
    expect(years[2]).toEqual({
      schooljaar: '2023-2024',
      expectedJaargroep: 5,
      members: ['anna', 'bram', 'eva', 'gijs'],
      onSchedule: ['anna', 'gijs'],
      repeaters: ['bram'],
      ahead: ['eva'],
      left: ['cas', 'hugo'],
      instroom: ['dewi', 'finn'],
    });
  });

  it('reads a leaver as present with a peildatum before the leaving day, and gone with one after', () => {
    const march = cohortMembership(
      PLACEMENTS,
      { schooljaar: '2022-2023', jaargroep: 4 },
      { through: '2022-2023', peildatum: '03-15' },
    );
    expect(march[0]?.members).not.toContain('cas');
    const february = cohortMembership(
      PLACEMENTS,
      { schooljaar: '2022-2023', jaargroep: 4 },
      { through: '2022-2023', peildatum: '02-01' },
    );
    expect(february[0]?.members).toContain('cas');
  });

  it('stops at groep 8 and at the last schooljaar given, and refuses unreadable input', () => {
    const start = { schooljaar: '2021-2022', jaargroep: 3 };
    expect(cohortMembership(PLACEMENTS, start, { through: '2040-2041' })).toHaveLength(6);
    expect(cohortMembership(PLACEMENTS, start, { through: '2021-2022' })).toHaveLength(1);
    expect(cohortMembership(PLACEMENTS, start, { through: '2020-2021' })).toEqual([]);
    expect(cohortMembership(PLACEMENTS, start, { through: '2023' })).toEqual([]);
    expect(cohortMembership(PLACEMENTS, start, { through: '2023-2024', peildatum: '1 oktober' })).toEqual([]);
    expect(
      cohortMembership(PLACEMENTS, { schooljaar: '2021-2023', jaargroep: 3 }, { through: '2023-2024' }),
    ).toEqual([]);
  });
});

const SCHOOLJAREN = ['2021-2022', '2022-2023', '2023-2024', '2024-2025'];
const anyPlacement = fc.record({
  leerlingId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  schooljaar: fc.constantFrom(...SCHOOLJAREN),
  jaargroep: fc.integer({ min: 2, max: 8 }),
  startDate: fc.option(fc.constantFrom('2021-09-15', '2022-10-01', '2023-01-10', '2024-08-20'), {
    nil: null,
  }),
  endDate: fc.option(fc.constantFrom('2021-10-01', '2022-12-31', '2024-03-01', '2025-07-31'), { nil: null }),
});

describe('cohortMembership properties', () => {
  it('splits the members into present and left, and the present ones by jaargroep, every year', () => {
    fc.assert(
      fc.property(fc.array(anyPlacement, { maxLength: 40 }), (placements) => {
        const years = cohortMembership(
          placements,
          { schooljaar: '2021-2022', jaargroep: 3 },
          { through: '2024-2025' },
        );
        expect(years.map((y) => y.expectedJaargroep)).toEqual([3, 4, 5, 6]);
        const original = new Set(years[0]?.members);
        for (const y of years) {
          expect(new Set([...y.members, ...y.left])).toEqual(original);
          expect(y.members.filter((id) => y.left.includes(id))).toEqual([]);
          expect([...y.onSchedule, ...y.repeaters, ...y.ahead].sort()).toEqual(y.members);
          expect(y.instroom.filter((id) => original.has(id))).toEqual([]);
        }
      }),
    );
  });
});

/**
 * How a demo school divides its pupils into groups. Kleuters sit in combination groups 1/2 everywhere;
 * a small school combines every two years, a large school has parallel groups (3a, 3b).
 */
export type LayoutKind = 'regular' | 'small' | 'large';

export interface Layout {
  kind: LayoutKind;
  /** Pupils per jaargroep. */
  cohort: number;
  labels: string[];
  group(label: string): { jaargroepen: number[] };
  labelFor(jaargroep: number, stream: number): string;
}

const letters = ['a', 'b', 'c', 'd'];

export function groupLayout(kind: LayoutKind): Layout {
  const spec = new Map<string, number[]>();
  let labelFor: (j: number, stream: number) => string;
  let cohort: number;
  if (kind === 'small') {
    cohort = 13;
    for (const [a, b] of [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ] as const)
      spec.set(`Groep ${a}/${b}`, [a, b]);
    labelFor = (j) => {
      const a = j % 2 === 1 ? j : j - 1;
      return `Groep ${a}/${a + 1}`;
    };
  } else if (kind === 'large') {
    cohort = 50;
    for (const l of letters) spec.set(`Groep 1/2${l}`, [1, 2]);
    for (let j = 3; j <= 8; j++) for (const l of letters.slice(0, 2)) spec.set(`Groep ${j}${l}`, [j]);
    labelFor = (j, stream) =>
      j <= 2 ? `Groep 1/2${letters[stream % 4]}` : `Groep ${j}${letters[stream % 2]}`;
  } else {
    cohort = 25;
    for (const l of letters.slice(0, 2)) spec.set(`Groep 1/2${l}`, [1, 2]);
    for (let j = 3; j <= 8; j++) spec.set(`Groep ${j}`, [j]);
    labelFor = (j, stream) => (j <= 2 ? `Groep 1/2${letters[stream % 2]}` : `Groep ${j}`);
  }
  return {
    kind,
    cohort,
    labels: [...spec.keys()],
    group: (label) => ({ jaargroepen: spec.get(label) ?? [] }),
    labelFor,
  };
}

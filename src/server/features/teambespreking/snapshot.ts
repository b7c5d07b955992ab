/**
 * A teambespreking keeps the schooloverzicht as it was written on the day. Snapshots made before the
 * figures carried their goal as codes hold a Dutch label instead ("minstens 40 % op III of hoger");
 * reading such a snapshot gives each figure its goal back from the label, the ambition's share and
 * kind, so an old bespreking still opens, in either language. What cannot be read back keeps the old
 * label as text.
 */
import type { FigureGoal } from '../schooloverzicht/schooloverzicht.schema';

interface OldFigure {
  ambitionId: string | null;
  kind: string;
  label: string;
  target: number | null;
}

const systemOfLevel = (level: string): 'I-V' | 'A-E' => (/^[A-E]$/.test(level) ? 'A-E' : 'I-V');

function goalFromLabel(f: OldFigure): FigureGoal {
  const level = /op (\S+) of hoger/.exec(f.label)?.[1];
  if (f.ambitionId === null && f.kind === 'atOrAbove' && level)
    return { kind: 'usualShare', system: systemOfLevel(level), level };
  if (f.ambitionId !== null && f.kind === 'meanAtLeastNorm') return { kind: 'meanAtLeastNorm' };
  if (f.ambitionId !== null && f.target !== null) {
    const share = f.target;
    if (f.kind === 'atOrAbove' && level)
      return { kind: 'atOrAbove', system: systemOfLevel(level), level, minShare: share };
    if (f.kind === 'atMostLowest')
      return { kind: 'atMostLowest', system: f.label.endsWith(' E') ? 'A-E' : 'I-V', maxShare: share };
    if (f.kind === 'growthAsExpected' || f.kind === 'refAtLeast1F' || f.kind === 'refAtLeast2F')
      return { kind: f.kind, minShare: share };
  }
  return { kind: 'woorden', text: f.label };
}

function isOldFigure(value: unknown): value is OldFigure & Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !('goal' in value) &&
    'label' in value &&
    typeof value.label === 'string'
  );
}

/** The stored snapshot with a goal in every figure; a snapshot that has them is returned as it is. */
export function snapshotWithGoals(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || !('cells' in stored) || !Array.isArray(stored.cells))
    return stored;
  const cells: unknown[] = stored.cells;
  return {
    ...stored,
    cells: cells.map((cell) => {
      if (typeof cell !== 'object' || cell === null || !('figures' in cell) || !Array.isArray(cell.figures))
        return cell;
      const figures: unknown[] = cell.figures;
      return {
        ...cell,
        figures: figures.map((f) => {
          if (!isOldFigure(f)) return f;
          const { label: _label, ...rest } = f;
          return { ...rest, goal: goalFromLabel(f) };
        }),
      };
    }),
  };
}

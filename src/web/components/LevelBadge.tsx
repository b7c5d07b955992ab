import { Badge } from '@mantine/core';

/**
 * Level colours run from deep green (I / A) to red (V / E) but stay light with dark text, so they
 * read well on a projector and pass contrast checks; the letter itself always carries the meaning.
 */
const PALETTE: Record<string, { bg: string; fg: string }> = {
  top: { bg: '#cdebd3', fg: '#0b4a1c' },
  high: { bg: '#e2f2d5', fg: '#2d5212' },
  mid: { bg: '#f6efc6', fg: '#584700' },
  low: { bg: '#fde0c5', fg: '#713600' },
  lowest: { bg: '#f8d2d2', fg: '#7a1111' },
};

const BAND: Record<string, keyof typeof PALETTE> = {
  'I+': 'top',
  I: 'top',
  II: 'high',
  III: 'mid',
  IV: 'low',
  V: 'lowest',
  A: 'top',
  B: 'high',
  C: 'mid',
  D: 'low',
  E: 'lowest',
};

export function LevelBadge({ level, size = 'md' }: { level: string | null; size?: 'sm' | 'md' | 'lg' }) {
  if (!level) return null;
  const colours = PALETTE[BAND[level] ?? 'mid'] ?? { bg: '#eee', fg: '#222' };
  return (
    <Badge
      size={size}
      radius="sm"
      variant="filled"
      styles={{
        root: { background: colours.bg, color: colours.fg, minWidth: '2.6em', textTransform: 'none' },
      }}
    >
      {level}
    </Badge>
  );
}

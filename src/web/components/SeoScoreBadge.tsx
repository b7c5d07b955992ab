import { Badge, Group } from '@mantine/core';
import { useI18n } from '../i18n';

/**
 * One social-emotional score: the percentile (or raw score) and the band in words, coloured by where
 * the band lies on this scale (light with dark text, as the level badges); the instrument's own signal
 * beside it in words. The words carry the meaning, the colour only repeats it.
 */
const PALETTE: Record<string, { bg: string; fg: string }> = {
  gunstig: { bg: '#e2f2d5', fg: '#2d5212' },
  gemiddeld: { bg: '#eef1f3', fg: '#33393d' },
  ongunstig: { bg: '#fde0c5', fg: '#713600' },
};
const SIGNAL: Record<string, { bg: string; fg: string }> = {
  aandacht: { bg: '#ffe8cc', fg: '#6b2e00' },
  zorg: { bg: '#ffd6d6', fg: '#7a1111' },
};

export interface SeoScoreView {
  percentiel: number | null;
  ruweScore: number | null;
  band: string | null;
  tier: string | null;
  signaal: string | null;
}

export function SeoScoreBadge({ score }: { score: SeoScoreView }) {
  const { t, formatNumber } = useI18n();
  const s = t.seoScores;
  const figure =
    score.percentiel !== null
      ? s.percentile(formatNumber(Math.round(score.percentiel)))
      : score.ruweScore !== null
        ? formatNumber(score.ruweScore)
        : '';
  const band = score.band ? (s.band[score.band] ?? score.band) : '';
  const colours = PALETTE[score.tier ?? 'gemiddeld'] ?? PALETTE.gemiddeld;
  const signal = score.signaal ? SIGNAL[score.signaal] : undefined;
  return (
    <Group gap={4} wrap="wrap" className="seo-score">
      <Badge
        size="sm"
        radius="sm"
        variant="filled"
        title={score.tier ? s.tierHint[score.tier] : undefined}
        styles={{
          root: { background: colours?.bg, color: colours?.fg, textTransform: 'none', flexShrink: 0 },
          label: { overflow: 'visible' },
        }}
      >
        {[figure, band].filter((x) => x !== '').join(' ')}
      </Badge>
      {score.signaal && signal && (
        <Badge
          size="sm"
          radius="sm"
          variant="filled"
          title={s.signalTitle(s.signaal[score.signaal] ?? score.signaal)}
          styles={{
            root: { background: signal.bg, color: signal.fg, textTransform: 'none', flexShrink: 0 },
            label: { overflow: 'visible' },
          }}
        >
          {s.signaal[score.signaal] ?? score.signaal}
        </Badge>
      )}
    </Group>
  );
}

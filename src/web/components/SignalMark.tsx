import { useId } from 'react';
import type { Signal } from '../api/types';
import { useI18n } from '../i18n';
import { SignalText } from './SignalText';

/**
 * The "!" of a signalled pupil. Its reasons show on hover and on keyboard focus (and stay readable for
 * a screen reader through aria-describedby); Escape hides them again. The strongest signal sets the
 * colour, the words say the same.
 */
export function SignalMark({ signals, label }: { signals: readonly Signal[]; label: string }) {
  const { t } = useI18n();
  const id = useId();
  const strongest = signals[0]?.severity ?? 'medium';
  return (
    <span className="signal-mark">
      <button
        type="button"
        className={`dm-mark dm-mark--signal dm-mark--${strongest} signal-mark__button`}
        aria-label={`${t.datamuur.signalMark}: ${t.signalWords.mark(signals.length)}`}
        aria-describedby={id}
        onPointerDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      >
        !
      </button>
      <span role="tooltip" id={id} className="signal-mark__tip">
        <span className="signal-mark__title">{t.signalWords.reasonsOf(label)}</span>
        {signals.map((s, i) => (
          // The position too: several observation or SEO signals share a rule without a vak.
          <span key={`${s.rule}-${s.vak ?? ''}-${i}`} className="signal-mark__line">
            {' '}
            <SignalText signal={s} />
          </span>
        ))}
      </span>
    </span>
  );
}

import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import { basedOn } from './based-on';

const vakken = ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen'];

describe('basedOn', () => {
  it('names the one meetpunt when every vak is at it', () => {
    const same = Object.fromEntries(vakken.map((v) => [v, '2025-2026 M']));
    expect(basedOn({ meetpunt: '2025-2026 M', vakMeetpunten: same, vakken }, nl)).toBe(
      ' · Toetsgegevens van meetpunt 2025-2026 M',
    );
  });

  it('names each vak with its own meetpunt when only rekenen was tested further', () => {
    const vakMeetpunten = {
      'rekenen-wiskunde': '2025-2026 M',
      spelling: '2024-2025 E',
      'begrijpend-lezen': '2024-2025 E',
    };
    const data = { meetpunt: '2025-2026 M', vakMeetpunten, vakken };
    expect(basedOn(data, nl)).toBe(
      ' · Toetsgegevens per vak: Rekenen-wiskunde: 2025-2026 M; Spelling: 2024-2025 E; Begrijpend lezen: 2024-2025 E',
    );
    expect(basedOn(data, en)).toMatch(
      /^ · Test data per subject: .*: 2025-2026 M; .*: 2024-2025 E; .*: 2024-2025 E$/,
    );
  });

  it('says nothing without any results', () => {
    expect(basedOn({ meetpunt: null, vakMeetpunten: {}, vakken: [] }, nl)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { saveStatusText, type SaveTexts } from './save-status';

const texts: SaveTexts = {
  saving: 'Bezig met opslaan…',
  unsaved: 'Nog niet opgeslagen',
  error: 'Opslaan lukte niet',
  saved: (time) => `Opgeslagen ${time}`,
};

describe('saveStatusText', () => {
  it('says what the editor is doing while it saves, waits or failed', () => {
    expect(saveStatusText('saving', '10:00', texts)).toBe('Bezig met opslaan…');
    expect(saveStatusText('dirty', '10:00', texts)).toBe('Nog niet opgeslagen');
    expect(saveStatusText('error', '10:00', texts)).toBe('Opslaan lukte niet');
  });

  it('gives the time of the save once saved', () => {
    expect(saveStatusText('saved', '10:02', texts)).toBe('Opgeslagen 10:02');
  });

  it('says nothing before the first save, or beside a conflict, unless the last save is to be shown', () => {
    expect(saveStatusText('idle', '09:15', texts)).toBe('');
    expect(saveStatusText('conflict', '09:15', texts)).toBe('');
    expect(saveStatusText('idle', '09:15', texts, true)).toBe('Opgeslagen 09:15');
    expect(saveStatusText('conflict', '09:15', texts, true)).toBe('Opgeslagen 09:15');
  });

  it('has no time to give for a record nobody saved', () => {
    expect(saveStatusText('idle', null, texts, true)).toBe('');
    expect(saveStatusText('saved', null, texts)).toBe('');
  });
});

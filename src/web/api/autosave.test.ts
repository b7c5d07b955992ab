import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveState } from './autosave';
import { ApiError } from './client';

interface Row {
  version: number;
  text: string;
  updatedBy: string;
}

const DELAY = 800;

/**
 * A server that keeps one row with a version and answers only when the test says so, in the order the
 * saves arrived: a save naming another version than the row's is refused with 409 and the row as it is.
 */
function slowServer(start: Row) {
  let row = start;
  const waiting: (() => void)[] = [];
  const sent: { text: string; version: number }[] = [];
  const save = (text: string, version: number) =>
    new Promise<Row>((resolve, reject) => {
      sent.push({ text, version });
      waiting.push(() => {
        if (version !== row.version) reject(new ApiError(409, 'conflict', '', [], row));
        else resolve((row = { version: version + 1, text, updatedBy: 'Juf Anna' }));
      });
    });
  return {
    sent,
    save,
    /** Someone else saves the row in another browser. */
    savedElsewhere(text: string, by: string) {
      row = { version: row.version + 1, text, updatedBy: by };
    },
    /** The server answers the oldest save it has not answered yet. */
    async answer() {
      const next = waiting.shift();
      if (!next) throw new Error('no save is waiting for an answer');
      next();
      await vi.advanceTimersByTimeAsync(0);
    },
    get row() {
      return row;
    },
  };
}

function editorOn(server: ReturnType<typeof slowServer>, start: Row) {
  return createAutosave<string, Row>(
    { draft: start.text, version: start.version, saved: start },
    {
      save: server.save,
      versionOf: (r) => r.version,
      draftOf: (r) => r.text,
      delayMs: DELAY,
    },
  );
}

const type = (editor: ReturnType<typeof editorOn>, text: string) => editor.edit(() => text);
const ROW: Row = { version: 3, text: '', updatedBy: 'Juf Anna' };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves once, a moment after the last change, with the newest text', async () => {
    const server = slowServer(ROW);
    const editor = editorOn(server, ROW);
    type(editor, 'W');
    await vi.advanceTimersByTimeAsync(500);
    type(editor, 'Werkt');
    await vi.advanceTimersByTimeAsync(500);
    type(editor, 'Werkt rustig');
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(server.sent).toEqual([]);
    expect(editor.getState().status).toBe('dirty');
    await vi.advanceTimersByTimeAsync(1);
    expect(server.sent).toEqual([{ text: 'Werkt rustig', version: 3 }]);
    expect(editor.getState().status).toBe('saving');
  });

  it('shows the record as saved and builds the next save on the version it returned', async () => {
    const server = slowServer(ROW);
    const editor = editorOn(server, ROW);
    type(editor, 'Werkt rustig');
    await vi.advanceTimersByTimeAsync(DELAY);
    await server.answer();
    expect(editor.getState()).toMatchObject({
      status: 'saved',
      version: 4,
      saved: { version: 4, text: 'Werkt rustig' },
      theirs: null,
    });
    type(editor, 'Werkt rustig en netjes');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.sent[1]).toEqual({ text: 'Werkt rustig en netjes', version: 4 });
  });

  it('a change typed while a slow save is under way waits for it and names the version it returned: no conflict with the own earlier save', async () => {
    const server = slowServer(ROW);
    const editor = editorOn(server, ROW);
    type(editor, 'Werkt rustig');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.sent).toHaveLength(1);

    // The first save is slow; the teacher goes on typing and pauses long enough for a second save.
    type(editor, 'Werkt rustig, vraagt veel hulp');
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(server.sent).toHaveLength(1);

    await server.answer();
    expect(server.sent[1]).toEqual({ text: 'Werkt rustig, vraagt veel hulp', version: 4 });
    await server.answer();
    expect(editor.getState()).toMatchObject({ status: 'saved', version: 5, theirs: null });
    expect(server.row).toEqual({ version: 5, text: 'Werkt rustig, vraagt veel hulp', updatedBy: 'Juf Anna' });
  });

  it('stays "not saved yet" when the answer comes while newer text waits for its delay', async () => {
    const server = slowServer(ROW);
    const editor = editorOn(server, ROW);
    type(editor, 'Werkt');
    await vi.advanceTimersByTimeAsync(DELAY);
    type(editor, 'Werkt rustig');
    await server.answer();
    expect(editor.getState().status).toBe('dirty');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.sent[1]).toEqual({ text: 'Werkt rustig', version: 4 });
    await server.answer();
    expect(editor.getState().status).toBe('saved');
  });

  describe('when someone else saved first', () => {
    async function conflicted() {
      const server = slowServer(ROW);
      const editor = editorOn(server, ROW);
      server.savedElsewhere('Kan goed plannen', 'Meester Bas');
      type(editor, 'Werkt rustig');
      await vi.advanceTimersByTimeAsync(DELAY);
      await server.answer();
      return { server, editor };
    }

    it('keeps both texts: the own one in the editor, the other beside it', async () => {
      const { editor } = await conflicted();
      expect(editor.getState()).toMatchObject({
        status: 'conflict',
        draft: 'Werkt rustig',
        version: 3,
        theirs: { version: 4, text: 'Kan goed plannen', updatedBy: 'Meester Bas' },
      });
    });

    it('saves nothing more until the user chooses, but keeps what they type', async () => {
      const { server, editor } = await conflicted();
      type(editor, 'Werkt rustig!');
      await vi.advanceTimersByTimeAsync(DELAY * 2);
      expect(server.sent).toHaveLength(1);
      expect(editor.getState()).toMatchObject({ status: 'conflict', draft: 'Werkt rustig!' });
    });

    it('"keep mine" saves the own text over the version the other person saved', async () => {
      const { server, editor } = await conflicted();
      editor.keepMine();
      expect(server.sent[1]).toEqual({ text: 'Werkt rustig', version: 4 });
      await server.answer();
      expect(editor.getState()).toMatchObject({ status: 'saved', version: 5, theirs: null });
      expect(server.row.text).toBe('Werkt rustig');
    });

    it('"take theirs" shows the other text and builds the next save on its version', async () => {
      const { server, editor } = await conflicted();
      editor.takeTheirs();
      expect(editor.getState()).toMatchObject({
        status: 'saved',
        draft: 'Kan goed plannen',
        version: 4,
        theirs: null,
        saved: { text: 'Kan goed plannen', updatedBy: 'Meester Bas' },
      });
      type(editor, 'Kan goed plannen, werkt rustig');
      await vi.advanceTimersByTimeAsync(DELAY);
      expect(server.sent[1]).toEqual({ text: 'Kan goed plannen, werkt rustig', version: 4 });
    });
  });

  it('reports an error that is not a conflict and tries again with the next change', async () => {
    const failing = vi.fn<(text: string, version: number) => Promise<Row>>();
    failing.mockRejectedValueOnce(new ApiError(0, 'network', ''));
    failing.mockResolvedValueOnce({ version: 4, text: 'Werkt rustig.', updatedBy: 'Juf Anna' });
    const editor = createAutosave<string, Row>(
      { draft: '', version: 3 },
      { save: failing, versionOf: (r) => r.version, draftOf: (r) => r.text, delayMs: DELAY },
    );
    type(editor, 'Werkt rustig');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(editor.getState().status).toBe('error');
    expect(editor.getState().error).toMatchObject({ code: 'network' });
    type(editor, 'Werkt rustig.');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(failing).toHaveBeenLastCalledWith('Werkt rustig.', 3);
    expect(editor.getState()).toMatchObject({ status: 'saved', version: 4, error: null });
  });

  it('a 409 without the current record is an error, not a conflict', async () => {
    const editor = createAutosave<string, Row>(
      { draft: '', version: 1 },
      {
        save: () => Promise.reject(new ApiError(409, 'conflict', 'Dit groepsplan is geëvalueerd')),
        versionOf: (r) => r.version,
        draftOf: (r) => r.text,
        delayMs: DELAY,
      },
    );
    type(editor, 'x');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(editor.getState()).toMatchObject({ status: 'error', theirs: null });
  });

  it('after a reset, the answer to an earlier save does not change the new state', async () => {
    const server = slowServer(ROW);
    const editor = editorOn(server, ROW);
    type(editor, 'Werkt rustig');
    await vi.advanceTimersByTimeAsync(DELAY);
    editor.reset('Nieuwe versie', 10);
    await server.answer();
    expect(editor.getState()).toMatchObject({ status: 'idle', draft: 'Nieuwe versie', version: 10 });
  });

  it('dispose drops a save that has not started', async () => {
    const server = slowServer(ROW);
    const editor = editorOn(server, ROW);
    type(editor, 'Werkt rustig');
    editor.dispose();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(server.sent).toEqual([]);
  });

  it('tells subscribers about every change of state until they leave', async () => {
    const server = slowServer(ROW);
    const editor = editorOn(server, ROW);
    const seen: AutosaveState<string, Row>['status'][] = [];
    const leave = editor.subscribe(() => seen.push(editor.getState().status));
    type(editor, 'Werkt rustig');
    await vi.advanceTimersByTimeAsync(DELAY);
    await server.answer();
    leave();
    type(editor, 'Werkt rustig en netjes');
    expect(seen).toEqual(['dirty', 'saving', 'saved']);
  });
});

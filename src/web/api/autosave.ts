/**
 * Saving as the user types, for records the server keeps with a version number (a groepsoverzicht
 * row, a groepsplan, a teambespreking). Framework-free, so its timing can be tested without a browser;
 * `use-autosave.ts` is the React hook over it.
 *
 * The rules:
 * - a save starts a moment after the last change (debounce);
 * - one save is in flight at a time: a change made meanwhile waits for the answer, and the next save
 *   names the version that answer returned. Sending it earlier would name a stale version, and the
 *   server would refuse the user's text as a conflict with their own previous save;
 * - a refusal because someone else saved first (409 with the record as it is now) stops saving and
 *   keeps both texts: the user keeps theirs (saved over the other version) or takes the other one.
 */
import { ApiError } from './client';

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';

export interface AutosaveState<D, R> {
  /** What the editor shows: the user's own text, saved or not. */
  draft: D;
  /** The version the next save builds on: the latest one the server returned. */
  version: number;
  status: SaveStatus;
  /** The record as the server last confirmed it (or as the editor was opened with). */
  saved: R | null;
  /** With a conflict: the record as someone else saved it. */
  theirs: R | null;
  /** What went wrong with the last save, when it was not a conflict. */
  error: unknown;
}

export interface AutosaveOptions<D, R> {
  /** Stores the draft, naming the version it builds on; resolves with the record as saved. */
  save(draft: D, version: number): Promise<R>;
  versionOf(record: R): number;
  /** The editor's draft made from a record: used when the user takes the other person's text. */
  draftOf(record: R): D;
  /** How long after the last change a save starts. */
  delayMs: number;
  /** The server's current record when the save was refused as a conflict; null for other errors. */
  conflictOf?(error: unknown): R | null;
}

export interface Autosave<D, R> {
  getState(): AutosaveState<D, R>;
  subscribe(listener: () => void): () => void;
  /** A change by the user: shown at once, saved after the delay (not while a conflict is open). */
  edit(change: (draft: D) => D): void;
  /** Resolves a conflict by saving the user's text over the other person's version. */
  keepMine(): void;
  /** Resolves a conflict by taking the other person's text; the user's is dropped. */
  takeTheirs(): void;
  /** The record was replaced from elsewhere (e.g. a new plan version): start over from it. */
  reset(draft: D, version: number, saved?: R | null): void;
  /** Stops a pending save (the editor is gone). */
  dispose(): void;
}

/** A 409 from the API that carries the record as the server has it now. */
function apiConflict<R>(error: unknown): R | null {
  return error instanceof ApiError && error.status === 409 && error.current ? (error.current as R) : null;
}

/** The state machine behind `createAutosave`; its members are arrow functions, safe to pass around. */
class VersionedAutosave<D, R> implements Autosave<D, R> {
  private state: AutosaveState<D, R>;
  private readonly listeners = new Set<() => void>();
  private readonly options: AutosaveOptions<D, R>;
  private readonly conflictOf: (error: unknown) => R | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  /** A save fell due while another was in flight: it goes out when that one answers. */
  private again = false;
  /** Raised by reset: answers to saves sent before it are about a record that was replaced. */
  private generation = 0;

  constructor(initial: { draft: D; version: number; saved?: R | null }, options: AutosaveOptions<D, R>) {
    this.options = options;
    this.conflictOf = options.conflictOf ?? apiConflict<R>;
    this.state = {
      draft: initial.draft,
      version: initial.version,
      status: 'idle',
      saved: initial.saved ?? null,
      theirs: null,
      error: null,
    };
  }

  getState = () => this.state;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  edit = (change: (draft: D) => D) => {
    const draft = change(this.state.draft);
    if (this.state.status === 'conflict') {
      this.set({ draft });
      return;
    }
    this.set({ draft, status: 'dirty' });
    this.stopTimer();
    this.timer = setTimeout(this.due, this.options.delayMs);
  };

  keepMine = () => {
    if (this.state.theirs === null || this.inFlight) return;
    void this.send(this.options.versionOf(this.state.theirs));
  };

  takeTheirs = () => {
    const theirs = this.state.theirs;
    if (theirs === null) return;
    this.stopTimer();
    this.again = false;
    this.set({
      draft: this.options.draftOf(theirs),
      version: this.options.versionOf(theirs),
      saved: theirs,
      theirs: null,
      error: null,
      status: 'saved',
    });
  };

  reset = (draft: D, version: number, saved: R | null = this.state.saved) => {
    this.stopTimer();
    this.generation += 1;
    this.again = false;
    this.set({ draft, version, saved, theirs: null, error: null, status: 'idle' });
  };

  dispose = () => this.stopTimer();

  private set(patch: Partial<AutosaveState<D, R>>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private stopTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private due = () => {
    this.timer = null;
    if (this.state.status === 'conflict') return;
    if (this.inFlight) this.again = true;
    else void this.send(this.state.version);
  };

  /** After an answer: a save that fell due meanwhile goes out now, naming the newest version. */
  private sendWaiting() {
    if (!this.again) return false;
    this.again = false;
    void this.send(this.state.version);
    return true;
  }

  private async send(basedOn: number) {
    const started = this.generation;
    this.inFlight = true;
    this.set({ status: 'saving' });
    let record: R;
    try {
      record = await this.options.save(this.state.draft, basedOn);
    } catch (error) {
      this.inFlight = false;
      if (started === this.generation) this.failed(error);
      else this.sendWaiting();
      return;
    }
    this.inFlight = false;
    if (started !== this.generation) {
      this.sendWaiting();
      return;
    }
    const confirmed = { version: this.options.versionOf(record), saved: record, theirs: null, error: null };
    if (this.again) {
      this.set(confirmed);
      this.sendWaiting();
    } else this.set({ ...confirmed, status: this.timer === null ? 'saved' : 'dirty' });
  }

  private failed(error: unknown) {
    const current = this.conflictOf(error);
    if (current !== null) {
      this.again = false;
      this.set({ status: 'conflict', theirs: current });
    } else if (!this.sendWaiting()) this.set({ status: 'error', error });
  }
}

export function createAutosave<D, R>(
  initial: { draft: D; version: number; saved?: R | null },
  options: AutosaveOptions<D, R>,
): Autosave<D, R> {
  return new VersionedAutosave(initial, options);
}

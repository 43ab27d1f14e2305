/**
 * Verified study time (docs/domain.md §7.2, §7.6): the server credits a lesson only for time
 * it saw pass on its own clock while the member's one study session was playing it. The
 * client's clock is never read: a beat carries where playback is, not when it happened.
 */

/** How often a playing lesson reports, in seconds. */
export const HEARTBEAT_SECONDS = 15;
/** At most this much for one beat: one lost beat still counts, a longer gap was time away. */
export const MAX_BEAT_CREDIT_SECONDS = 2 * HEARTBEAT_SECONDS;
/** Playback may run a little ahead of the server's clock (buffering, rounding); more is a seek. */
export const SEEK_TOLERANCE_SECONDS = 2;
/** A lesson is complete once this share of its duration was actually watched. */
export const COMPLETION_SHARE = 0.9;

/** The member's one study session: the lesson and the page (device, tab) that last opened it. */
export interface StudySession {
  lessonId: string;
  sessionId: string;
  /** The last accepted beat's number within the session (0 when just opened). */
  seq: number;
  /** Server time of the last accepted beat, or of the opening. */
  at: Date;
  /** Playback position then, in seconds. */
  position: number;
  /** Whether the lesson was playing and visible from then on. */
  playing: boolean;
}

export interface Beat {
  lessonId: string;
  sessionId: string;
  seq: number;
  position: number;
  /** Whether the lesson is playing and visible from this beat on. */
  playing: boolean;
}

export type BeatVerdict = 'credited' | 'idle' | 'seek' | 'replay' | 'elsewhere';

export interface BeatOutcome {
  /** Seconds of study this beat adds, in tenths. */
  credit: number;
  verdict: BeatVerdict;
  /** The session to store, or null when the beat changes nothing. */
  next: StudySession | null;
}

/**
 * What one beat earns. The interval since the previous accepted beat counts only when the
 * lesson was playing through it, and then for no more than the wall-clock time the server saw
 * pass, the playback advance, and one beat's cap. A beat of another page or lesson (a second
 * device took over) or one already seen (a replay) earns nothing and changes nothing.
 */
export function creditBeat(active: StudySession | null, beat: Beat, now: Date): BeatOutcome {
  if (!active || active.sessionId !== beat.sessionId || active.lessonId !== beat.lessonId)
    return { credit: 0, verdict: 'elsewhere', next: null };
  if (beat.seq <= active.seq) return { credit: 0, verdict: 'replay', next: null };
  const next: StudySession = {
    ...active,
    seq: beat.seq,
    at: now,
    position: beat.position,
    playing: beat.playing,
  };
  const elapsed = Math.max(0, (now.getTime() - new Date(active.at).getTime()) / 1000);
  const advance = beat.position - active.position;
  if (!active.playing || advance <= 0) return { credit: 0, verdict: 'idle', next };
  if (advance > elapsed + SEEK_TOLERANCE_SECONDS) return { credit: 0, verdict: 'seek', next };
  // Tenths of a second, rounded down: what was credited never exceeds what the server saw.
  const credit = Math.floor(Math.min(advance, elapsed, MAX_BEAT_CREDIT_SECONDS) * 10) / 10;
  return { credit, verdict: credit > 0 ? 'credited' : 'idle', next };
}

/** Whether `watched` seconds complete a lesson of `duration` seconds. */
export function isComplete(watched: number, duration: number): boolean {
  return duration > 0 && watched >= COMPLETION_SHARE * duration;
}

/** Characters a member reads a minute: an article lesson's duration follows its length. */
export const READING_CHARS_PER_MINUTE = 300;

/** The study time an article lesson asks for: its length at reading speed, at least a minute. */
export function articleSeconds(chars: number): number {
  return Math.max(60, Math.ceil((chars / READING_CHARS_PER_MINUTE) * 60));
}

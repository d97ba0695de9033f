/**
 * The case timer's hooks into the static case page around it: interview mode (a flag on <html> and in the URL, which
 * the page's CSS uses to hide everything but the brief, the clock and the notes) and the model walkthrough (the
 * `<details id="walkthrough-answer">` that the Walkthrough component renders), which stays hidden during an attempt.
 */

const INTERVIEW_PARAM = 'mode';
const INTERVIEW_VALUE = 'interview';
const WALKTHROUGH_ID = 'walkthrough-answer';

export function interviewModeInUrl(): boolean {
  if (typeof window === 'undefined') return false;
  return new URLSearchParams(window.location.search).get(INTERVIEW_PARAM) === INTERVIEW_VALUE;
}

/** Shows or hides everything but the brief, the clock and the notes (the page's CSS reads the flag). */
export function setInterviewFlag(on: boolean): void {
  if (typeof document === 'undefined') return;
  document.documentElement.toggleAttribute('data-interview-mode', on);
}

/** Keeps the reader's choice of interview mode in the URL, so a reload or a shared link stays in it. */
export function setInterviewParam(on: boolean): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (on) url.searchParams.set(INTERVIEW_PARAM, INTERVIEW_VALUE);
  else url.searchParams.delete(INTERVIEW_PARAM);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/** Marks the page while a round runs, so wide screens lay the brief and the clock side by side. */
export function markRoundRunning(on: boolean): void {
  if (typeof document === 'undefined') return;
  document.documentElement.toggleAttribute('data-case-round', on);
}

export function walkthroughElement(): HTMLDetailsElement | null {
  if (typeof document === 'undefined') return null;
  const element = document.getElementById(WALKTHROUGH_ID);
  return element instanceof HTMLDetailsElement ? element : null;
}

/** Hides the walkthrough during an attempt, so it cannot spoil it; shows it (closed) otherwise. */
export function hideWalkthrough(hidden: boolean): void {
  const details = walkthroughElement();
  if (!details) return;
  details.hidden = hidden;
  if (hidden) details.open = false;
}

let home: Comment | null = null;

/**
 * Moves the walkthrough, opened, into `container` (beside the reader's notes). Returns a function that puts it back
 * where the page had it, closed.
 */
export function showWalkthroughIn(container: HTMLElement): (() => void) | null {
  const details = walkthroughElement();
  if (!details) return null;
  if (!home) {
    home = document.createComment('model walkthrough');
    details.before(home);
  }
  container.append(details);
  details.hidden = false;
  details.open = true;
  return () => {
    details.open = false;
    if (home?.parentNode) {
      home.after(details);
      home.remove();
      home = null;
    }
  };
}

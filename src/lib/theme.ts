/**
 * The reader's colour theme. It is a setting like any other (saved in the state envelope, see `storage.ts`), but it
 * must apply before first paint: `applySavedTheme` is serialised into an inline script in <head>, so it must stay
 * self-contained (no imports, no closures over module scope). The page boot applies a new choice at once and the
 * page-enhancements module saves it (src/islands/page-enhancements/).
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Runs in <head> before the body paints: reads the saved theme and sets `data-theme` on <html>. */
export function applySavedTheme(): void {
  let theme = 'system';
  try {
    const raw = window.localStorage.getItem('critical-path:state');
    const saved = raw ? JSON.parse(raw)?.state?.settings?.theme : undefined;
    if (saved === 'light' || saved === 'dark' || saved === 'system') theme = saved;
  } catch {
    // Unreadable or unavailable storage: the system theme is the safe choice; the store reports the problem.
  }
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
  document.documentElement.dataset['themeChoice'] = theme;
}

/** Applies a theme to the page at once: `data-theme` on <html> (none for the system's), and every theme control. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  root.dataset['themeChoice'] = theme;
  document.querySelectorAll<HTMLSelectElement>('select[data-theme-control]').forEach((control) => {
    control.value = theme;
  });
}

export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

/**
 * Saves the theme into the envelope's settings with a fresh `updatedAt`, so the store's per-record merge keeps it. A
 * stored envelope that does not parse is left untouched for the store to back up.
 */
export function saveTheme(theme: Theme, stateVersion: number): void {
  const key = 'critical-path:state';
  try {
    const raw = window.localStorage.getItem(key);
    const envelope: { version: number; state: Record<string, unknown> } | null = raw ? JSON.parse(raw) : { version: stateVersion, state: {} };
    if (!envelope || typeof envelope !== 'object' || typeof envelope.state !== 'object' || envelope.state === null) return;
    const settings = (envelope.state['settings'] as Record<string, unknown> | undefined) ?? {};
    envelope.state['settings'] = { ...settings, theme, updatedAt: new Date().toISOString() };
    window.localStorage.setItem(key, JSON.stringify(envelope));
  } catch {
    // Storage is full, disabled or holds text that does not parse: the theme still applies for this page.
  }
}

/**
 * The reader's colour theme. It is a setting like any other (saved in the state envelope, see `storage.ts`), but it
 * must apply before first paint: `applySavedTheme` is serialised into an inline script in <head>, so it must stay
 * self-contained (no imports, no closures over module scope). The page boot applies and saves a new choice at once
 * (src/islands/page-enhancements/boot.ts).
 */

import { changeSavedRecord } from './saved-envelope';

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

/** Saves the theme into the settings record, at once (see saved-envelope.ts). */
export function saveTheme(theme: Theme, stateVersion: number): void {
  changeSavedRecord(stateVersion, (state, now) => {
    const settings = (state['settings'] as Record<string, unknown> | undefined) ?? {};
    state['settings'] = { ...settings, theme, updatedAt: now };
  });
}

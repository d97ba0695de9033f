/**
 * The reader's colour theme. It is a setting like any other (saved in the state envelope, see `storage.ts`), but it
 * must apply before first paint, so these two functions are serialised into inline scripts by the layout: they run
 * without a bundle and must stay self-contained (no imports, no closures over module scope).
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

/**
 * Wires every `select[data-theme-control]`: shows the saved choice, applies a new one at once and saves it into the
 * envelope's settings with a fresh `updatedAt`, so the store's per-record merge keeps it. A stored envelope that does
 * not parse is left untouched for the store to back up.
 */
export function wireThemeControls(stateVersion: number): void {
  const key = 'critical-path:state';
  const controls = document.querySelectorAll<HTMLSelectElement>('select[data-theme-control]');
  const current = document.documentElement.dataset['themeChoice'] || 'system';
  controls.forEach((control) => {
    control.value = current;
    control.addEventListener('change', () => {
      const theme = control.value;
      if (theme === 'system') document.documentElement.removeAttribute('data-theme');
      else document.documentElement.setAttribute('data-theme', theme);
      document.documentElement.dataset['themeChoice'] = theme;
      controls.forEach((other) => {
        other.value = theme;
      });
      try {
        const raw = window.localStorage.getItem(key);
        let envelope: { version: number; state: Record<string, unknown> } | null = raw ? JSON.parse(raw) : { version: stateVersion, state: {} };
        if (!envelope || typeof envelope !== 'object' || typeof envelope.state !== 'object' || envelope.state === null) {
          envelope = null;
        }
        if (envelope) {
          const settings = (envelope.state['settings'] as Record<string, unknown> | undefined) ?? {};
          envelope.state['settings'] = { ...settings, theme, updatedAt: new Date().toISOString() };
          window.localStorage.setItem(key, JSON.stringify(envelope));
        }
      } catch {
        // Storage is full, disabled or holds text that does not parse: the theme still applies for this page.
      }
      window.dispatchEvent(new CustomEvent('critical-path:theme', { detail: theme }));
    });
  });
}

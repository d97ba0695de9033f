/// <reference types="astro/client" />

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when visible or when the given key is pressed (src/directives/visible-or-key.ts). */
    'client:visible-or-key'?: string;
    /** Hydrate on the first gesture towards search: `/`, Ctrl/Cmd+K, or pointing at a search button (src/directives/search.ts). */
    'client:search'?: boolean;
    /** Hydrate when idle, and only once the reader has saved progress (src/directives/idle-if-saved.ts). */
    'client:idle-if-saved'?: boolean;
  }
}

export {};

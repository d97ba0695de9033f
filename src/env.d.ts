/// <reference types="astro/client" />

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when idle, and only once the reader has saved progress (src/directives/idle-if-saved.ts). */
    'client:idle-if-saved'?: boolean;
  }
}

export {};

/// <reference types="astro/client" />

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when visible or when the given key is pressed (src/directives/visible-or-key.ts). */
    'client:visible-or-key'?: string;
  }
}

export {};

/**
 * Client test environment: jest-dom matchers, the msw server that plays the API, and the
 * browser APIs jsdom lacks but MUI and react-admin use.
 */
import '@testing-library/jest-dom/vitest';
import { __unsafe_useEmotionCache as useEmotionCache, type EmotionCache } from '@emotion/react';
import { cleanup, configure, renderHook } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './fixtures/server.ts';

// Whole-admin renders (auth, schema, resources, then data) can take over a second on a busy machine.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  forgetStyles();
  server.resetHandlers();
  // react-admin keeps list parameters and column choices in localStorage; a save refused for an
  // ended session keeps its form's values in sessionStorage: no file starts with another's draft.
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());

/** The emotion cache MUI styles with when no CacheProvider is given: one per module instance. */
let emotionCache: EmotionCache | null | undefined;

/**
 * Removes the style tags emotion added and lets it add them again, so each test starts with the
 * styles of a fresh page load. Why: emotion never removes a rule, and jsdom's getComputedStyle
 * (which user-event and role queries call for every element and its ancestors) matches every rule
 * of the document each time. A file's tests, and with `isolate: false` a worker's files, kept
 * adding rules, and each query got slower than the last. Nothing is mounted when this runs
 * (cleanup came first), and emotion inserts a component's rules again as it renders.
 */
function forgetStyles() {
  emotionCache ??= renderHook(() => useEmotionCache()).result.current;
  cleanup();
  if (!emotionCache) return;
  emotionCache.sheet.flush();
  for (const name of Object.keys(emotionCache.inserted)) delete emotionCache.inserted[name];
}

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/**
 * Vitest 4's jsdom environment hands jsdom's Blobs to Node's fetch and Request by reading the
 * bytes from jsdom's internal `_buffer`, which jsdom 29 renamed `_bytes`: every file a test
 * uploads would arrive as the text "undefined". Vitest 5 reads either, but needs Node 22. jsdom
 * 29 is worth it: its getComputedStyle, which role queries call for every element, saves about
 * a quarter of the client tests' CPU time.
 */
{
  const implOf = Object.getOwnPropertySymbols(Object.getOwnPropertyDescriptors(new Blob()))[0];
  const impl = (new Blob() as unknown as Record<symbol, object>)[implOf];
  if ('_bytes' in impl && !('_buffer' in impl)) {
    Object.defineProperty(Object.getPrototypeOf(impl), '_buffer', {
      get(this: { _bytes: Uint8Array }) {
        return this._bytes;
      },
    });
  }
}

// Tiptap and MUI's autocomplete measure text ranges.
if (!Range.prototype.getBoundingClientRect) {
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
}

// @vitest-environment jsdom
import { bootPage } from '../../src/islands/page-enhancements/boot';
import { installOnDemand } from '../../src/islands/page-enhancements/on-demand';
import { takeQueuedEvents, UPDATE_EVENT } from '../../src/islands/page-enhancements/queue';
import { registerServiceWorker } from '../../src/islands/page-enhancements/register-service-worker';
import { showUpdateBanner } from '../../src/islands/page-enhancements/update-banner';
import { installSearchGestures } from '../../src/islands/search/search-gestures';
import { searchBridge } from '../../src/islands/search/search-bridge';

/** A stand-in for the browser's service worker container, with one registration. */
function fakeContainer(options: { controller: boolean; waiting: boolean }) {
  const posted: unknown[] = [];
  const waiting = { state: 'installed', postMessage: (message: unknown) => posted.push(message), addEventListener: vi.fn() };
  const registration = Object.assign(new EventTarget(), {
    waiting: options.waiting ? waiting : null,
    installing: null as unknown,
    update: vi.fn(() => Promise.resolve()),
  });
  const container = Object.assign(new EventTarget(), {
    controller: options.controller ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { container, registration, waiting, posted };
}

/** jsdom has no IntersectionObserver: this one reports what the test says is on screen. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly watched = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  static scrollIntoView(element: Element) {
    for (const observer of FakeObserver.all) {
      if (observer.watched.has(element)) observer.callback([{ target: element, isIntersecting: true } as unknown as IntersectionObserverEntry], observer as unknown as IntersectionObserver);
    }
  }
}

const key = (target: EventTarget, init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

async function settle() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-theme');
  delete document.documentElement.dataset['themeChoice'];
  localStorage.clear();
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
  Object.defineProperty(navigator, 'serviceWorker', { value: undefined, configurable: true });
  takeQueuedEvents();
  const bridge = searchBridge();
  Object.assign(bridge, { pending: null, typed: '', mounted: false, prefetch: false });
});

afterEach(async () => {
  vi.useRealTimers();
  // A boot whose module failed to load goes to the search page a moment later: let it reach the stubbed location.
  await new Promise((resolve) => setTimeout(resolve, 50));
  vi.unstubAllGlobals();
});

/** Boots a page whose enhancements module never arrives, as when the site was never cached and the network is gone. */
function bootOffline() {
  const assign = vi.fn();
  vi.stubGlobal('location', { ...window.location, assign });
  bootPage({ module: 'data:text/javascript,throw new Error("offline")', searchPage: '/search/', serviceWorker: null, scope: '/', stateVersion: 1 });
  return { assign };
}

describe('the page boot, before the enhancements arrive', () => {
  it('holds back a search shortcut and what is typed after it, in order, and nothing else', () => {
    document.body.innerHTML = '<p>Text</p>';
    bootOffline();
    const ignored = key(document.body, { key: 'q' });
    const slash = key(document.body, { key: '/' });
    const typed = key(document.body, { key: 'r' });
    expect(ignored.defaultPrevented).toBe(false);
    expect(slash.defaultPrevented && typed.defaultPrevented).toBe(true);
    expect(takeQueuedEvents()).toEqual([slash, typed]);
  });

  it('leaves keys typed into a field alone', () => {
    document.body.innerHTML = '<input type="text" />';
    bootOffline();
    const event = key(document.querySelector('input')!, { key: '/' });
    expect(event.defaultPrevented).toBe(false);
    expect(takeQueuedEvents()).toEqual([]);
  });

  it("holds back the key an element's data-shortcut names, and only while the element is on the page", () => {
    bootOffline();
    expect(key(document.body, { key: 'm' }).defaultPrevented).toBe(false);
    document.body.innerHTML = '<div data-enhance="lesson-toggle" data-shortcut="m"></div>';
    const m = key(document.body, { key: 'M' });
    expect(m.defaultPrevented).toBe(true);
    expect(key(document.body, { key: 'm', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(takeQueuedEvents()).toEqual([m]);
  });

  it('stands down once the module has taken the queue', () => {
    bootOffline();
    takeQueuedEvents();
    expect(key(document.body, { key: '/' }).defaultPrevented).toBe(false);
  });

  it('sends a search request to the search page when the module cannot load', async () => {
    const { assign } = bootOffline();
    key(document.body, { key: '/' });
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/search/'));
  });

  it('applies and saves a theme choice at once, before any module, keeping the other settings', () => {
    localStorage.setItem('critical-path:state', JSON.stringify({ version: 1, state: { settings: { updatedAt: '2026-01-01T00:00:00.000Z', newCardsPerDay: 5 } } }));
    document.body.innerHTML =
      '<select data-theme-control><option value="system">System</option><option value="light">Light</option><option value="dark">Dark</option></select>' +
      '<select data-theme-control><option value="system">System</option><option value="light">Light</option><option value="dark">Dark</option></select>';
    document.documentElement.dataset['themeChoice'] = 'light';
    bootOffline();
    const [first, second] = document.querySelectorAll('select');
    expect(first!.value).toBe('light');
    first!.value = 'dark';
    first!.dispatchEvent(new Event('change'));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(second!.value).toBe('dark');
    const settings = JSON.parse(localStorage.getItem('critical-path:state')!).state.settings;
    expect(settings).toMatchObject({ theme: 'dark', newCardsPerDay: 5 });
    expect(Date.parse(settings.updatedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('leaves progress saved by a newer version alone', () => {
    const newer = JSON.stringify({ version: 99, state: { lessons: {} } });
    localStorage.setItem('critical-path:state', newer);
    document.body.innerHTML = '<article data-lesson-id="raci" data-record-visit></article><select data-theme-control><option value="dark">Dark</option></select>';
    bootOffline();
    document.querySelector('select')!.dispatchEvent(new Event('change'));
    expect(localStorage.getItem('critical-path:state')).toBe(newer);
  });

  it('records a visit to the lesson on the page, keeping its completion', () => {
    localStorage.setItem('critical-path:state', JSON.stringify({ version: 1, state: { lessons: { raci: { status: 'complete', updatedAt: '2026-01-01T00:00:00.000Z' } } } }));
    document.body.innerHTML = '<article data-lesson-id="raci" data-record-visit></article>';
    bootOffline();
    const record = JSON.parse(localStorage.getItem('critical-path:state')!).state.lessons.raci;
    expect(record.status).toBe('complete');
    expect(Date.parse(record.visitedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
  });
});

describe('search gestures, once the module is here', () => {
  it('replays a held-back "/" and the keys after it into the dialog bridge', async () => {
    const mount = vi.fn(() => Promise.resolve());
    const search = installSearchGestures(mount, '/search/');
    const slash = new KeyboardEvent('keydown', { key: '/', cancelable: true });
    slash.preventDefault();
    expect(search.replay(slash)).toBe(true);
    expect(search.replay(new KeyboardEvent('keydown', { key: 'r' }))).toBe(true);
    expect(search.replay(new KeyboardEvent('keydown', { key: 'a' }))).toBe(true);
    expect(searchBridge().pending).not.toBeNull();
    expect(searchBridge().typed).toBe('ra');
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('does not take a key that is not search', () => {
    const search = installSearchGestures(() => Promise.resolve(), '/search/');
    expect(search.replay(new KeyboardEvent('keydown', { key: 'm' }))).toBe(false);
    expect(searchBridge().pending).toBeNull();
  });
});

describe('on-demand elements', () => {
  function page() {
    document.body.innerHTML = '<div data-enhance="lesson-toggle" data-shortcut="m"></div>';
    const host = document.querySelector<HTMLElement>('[data-enhance]')!;
    const mount = vi.fn();
    const onDemand = installOnDemand({ 'lesson-toggle': () => Promise.resolve({ mount }) });
    return { host, mount, onDemand };
  }

  it('mounts an element when it scrolls into view, once', async () => {
    const { host, mount } = page();
    expect(mount).not.toHaveBeenCalled();
    FakeObserver.scrollIntoView(host);
    FakeObserver.scrollIntoView(host);
    await settle();
    expect(mount).toHaveBeenCalledTimes(1);
    expect(mount).toHaveBeenCalledWith(host);
  });

  it('mounts it on its shortcut, held back or pressed, and leaves the key for it', async () => {
    const { host, mount, onDemand } = page();
    window.criticalPathPendingShortcut = undefined;
    expect(onDemand.replay(new KeyboardEvent('keydown', { key: 'm' }))).toBe(true);
    await settle();
    expect(mount).toHaveBeenCalledWith(host);
    expect(window.criticalPathPendingShortcut).toBe('m');
  });
});

describe('service worker registration', () => {
  it('registers with the base path as scope once the page is idle, not before', async () => {
    vi.useFakeTimers();
    const { container } = fakeContainer({ controller: false, waiting: false });
    registerServiceWorker('/prep/sw.js', '/prep/', vi.fn());
    expect(container.register).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(container.register).toHaveBeenCalledWith('/prep/sw.js', { scope: '/prep/' });
  });

  it('offers nothing on the first install', async () => {
    vi.useFakeTimers();
    fakeContainer({ controller: false, waiting: false });
    const offer = vi.fn();
    registerServiceWorker('/sw.js', '/', offer);
    await vi.runAllTimersAsync();
    expect(offer).not.toHaveBeenCalled();
  });

  it('offers a waiting new version, and one that finishes installing while the page is open', async () => {
    vi.useFakeTimers();
    const { registration, waiting } = fakeContainer({ controller: true, waiting: true });
    const offer = vi.fn();
    registerServiceWorker('/sw.js', '/', offer);
    await vi.runAllTimersAsync();
    await settle();
    expect(offer).toHaveBeenCalledWith(waiting);
    const installing = Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() });
    registration.installing = installing;
    registration.dispatchEvent(new Event('updatefound'));
    installing.state = 'installed';
    installing.dispatchEvent(new Event('statechange'));
    expect(offer).toHaveBeenLastCalledWith(installing);
  });

  it('reports a version another tab switched to', () => {
    const { container } = fakeContainer({ controller: true, waiting: false });
    const offer = vi.fn();
    registerServiceWorker('/sw.js', '/', offer);
    container.dispatchEvent(new Event('controllerchange'));
    expect(offer).toHaveBeenCalledWith(null);
  });

  it('does nothing where service workers are unsupported', () => {
    expect(() => registerServiceWorker('/sw.js', '/', vi.fn())).not.toThrow();
  });

  it('hands a new version to the module through the boot', async () => {
    vi.useFakeTimers();
    const { waiting } = fakeContainer({ controller: true, waiting: true });
    bootPage({ module: 'data:text/javascript,', searchPage: '/search/', serviceWorker: '/sw.js', scope: '/', stateVersion: 1 });
    await vi.runAllTimersAsync();
    await settle();
    const queued = takeQueuedEvents().find((event) => event.type === UPDATE_EVENT) as CustomEvent | undefined;
    expect(queued?.detail).toBe(waiting);
  });
});

describe('the update banner', () => {
  it('says an update is available; Reload asks the waiting version to take over', async () => {
    vi.useFakeTimers();
    const { waiting, posted } = fakeContainer({ controller: true, waiting: true });
    showUpdateBanner(waiting as unknown as ServiceWorker);
    showUpdateBanner(waiting as unknown as ServiceWorker);
    await vi.runAllTimersAsync();
    expect(document.querySelectorAll('.update-banner')).toHaveLength(1);
    const banner = document.querySelector('.update-banner')!;
    expect(banner.getAttribute('aria-label')).toBe('Site update');
    expect(banner.querySelector('[role="status"]')?.textContent).toMatch(/^Update available/);
    const reload = [...banner.querySelectorAll('button')].find((button) => button.textContent === 'Reload')!;
    reload.click();
    expect(posted).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload.disabled).toBe(true);
  });

  it('Later puts it away', () => {
    fakeContainer({ controller: true, waiting: true });
    showUpdateBanner(null);
    const later = [...document.querySelectorAll('.update-banner button')].find((button) => button.textContent === 'Later') as HTMLButtonElement;
    later.click();
    expect(document.querySelector('.update-banner')).toBeNull();
  });
});

// @vitest-environment jsdom
import { registerServiceWorker } from '../../src/components/service-worker-boot';

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
  return { container, registration, posted };
}

async function settle() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('service worker registration', () => {
  it('registers with the base path as scope once the page is idle, not before', async () => {
    const { container } = fakeContainer({ controller: false, waiting: false });
    registerServiceWorker('/prep/sw.js', '/prep/');
    expect(container.register).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(container.register).toHaveBeenCalledWith('/prep/sw.js', { scope: '/prep/' });
  });

  it('shows no banner on the first install', async () => {
    fakeContainer({ controller: false, waiting: false });
    registerServiceWorker('/sw.js', '/');
    await vi.runAllTimersAsync();
    expect(document.querySelector('.update-banner')).toBeNull();
  });

  it('offers a waiting new version, and Reload asks it to take over', async () => {
    const { posted } = fakeContainer({ controller: true, waiting: true });
    registerServiceWorker('/sw.js', '/');
    await vi.runAllTimersAsync();
    await settle();
    const banner = document.querySelector('.update-banner');
    expect(banner?.getAttribute('aria-label')).toBe('Site update');
    expect(banner?.querySelector('[role="status"]')?.textContent).toMatch(/^Update available/);
    const reload = [...(banner?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Reload');
    reload?.click();
    expect(posted).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload?.disabled).toBe(true);
  });

  it('Later puts the banner away', async () => {
    fakeContainer({ controller: true, waiting: true });
    registerServiceWorker('/sw.js', '/');
    await vi.runAllTimersAsync();
    await settle();
    const later = [...document.querySelectorAll('.update-banner button')].find((button) => button.textContent === 'Later') as HTMLButtonElement;
    later.click();
    expect(document.querySelector('.update-banner')).toBeNull();
  });

  it('offers a version that finishes installing while the page is open', async () => {
    const { registration } = fakeContainer({ controller: true, waiting: false });
    registerServiceWorker('/sw.js', '/');
    await vi.runAllTimersAsync();
    await settle();
    const installing = Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() });
    registration.installing = installing;
    registration.dispatchEvent(new Event('updatefound'));
    installing.state = 'installed';
    installing.dispatchEvent(new Event('statechange'));
    await vi.runAllTimersAsync();
    expect(document.querySelector('.update-banner [role="status"]')?.textContent).toMatch(/^Update available/);
  });

  it('does nothing where service workers are unsupported', () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: undefined, configurable: true });
    expect(() => registerServiceWorker('/sw.js', '/')).not.toThrow();
  });
});

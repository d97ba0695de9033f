// @vitest-environment jsdom
import idleIfSaved from '../../src/directives/idle-if-saved';

function island() {
  const hydrate = vi.fn();
  const load = vi.fn(() => Promise.resolve(hydrate));
  idleIfSaved(load, { name: 'Panel', value: '' }, document.createElement('astro-island'));
  return { load, hydrate };
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('client:idle-if-saved', () => {
  it('loads nothing for a reader with no saved progress', async () => {
    const { load } = island();
    await vi.runAllTimersAsync();
    expect(load).not.toHaveBeenCalled();
  });

  it('hydrates once idle when progress is saved', async () => {
    localStorage.setItem('critical-path:state', '{"version":1,"state":{}}');
    const { load, hydrate } = island();
    expect(load).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('hydrates when another tab saves the first progress, and only once', async () => {
    const { load } = island();
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'critical-path:state' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'critical-path:state' }));
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

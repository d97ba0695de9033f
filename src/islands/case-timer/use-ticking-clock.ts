/**
 * Re-renders a running clock once per displayed second. The tick only asks for a fresh `Date.now()`: the time shown is
 * always computed from the wall clock (src/lib/case-timer.ts), so a late, throttled or skipped tick cannot make it
 * wrong. A tick that comes far too late (the computer slept) is reported so the reader can leave that time out.
 */
import { useEffect, useRef, useState } from 'react';
import { isSleepGap } from '../../lib/case-timer';

/**
 * @param running whether the clock is running (no ticks otherwise)
 * @param origins the epoch ms each displayed clock counts its seconds from (the round, the phase), so a tick lands
 *   just after any of them changes second
 * @param onGap called with the last tick and now when the gap between them is longer than throttling explains
 */
export function useTickingClock(running: boolean, origins: readonly number[], onGap: (from: number, to: number) => void): number {
  const [now, setNow] = useState(() => Date.now());
  const lastTick = useRef(0);
  const gapHandler = useRef(onGap);
  gapHandler.current = onGap;

  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    lastTick.current = Date.now();
    const tick = () => {
      const at = Date.now();
      if (isSleepGap(lastTick.current, at)) gapHandler.current(lastTick.current, at);
      lastTick.current = at;
      setNow(at);
      clearTimeout(timer);
      const untilNext = Math.min(...origins.map((origin) => 1000 - ((((at - origin) % 1000) + 1000) % 1000)));
      timer = setTimeout(tick, untilNext + 10);
    };
    tick();
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onVisible);
    };
    // The origins are compared by value: a new array with the same instants must not restart the ticks.
  }, [running, origins.join(',')]);

  return now;
}

/** A soft two-note chime through WebAudio, for when a phase's time runs out. Silent where audio is unavailable. */

type AudioContextClass = typeof AudioContext;
let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Ctor: AudioContextClass | undefined =
    typeof window === 'undefined' ? undefined : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

/** Browsers only start audio after a click: call this from the click that turns the chime on or starts the round. */
export function primeChime(): void {
  const ctx = audioContext();
  if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
}

export function playChime(): void {
  const ctx = audioContext();
  if (!ctx) return;
  try {
    const start = ctx.currentTime + 0.02;
    [659.25, 880].forEach((frequency, i) => {
      const at = start + i * 0.22;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.95);
    });
  } catch {
    // Audio is a nicety; the visible and announced time-up message is what matters.
  }
}

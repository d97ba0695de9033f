/** A polite live region's text: phase changes and time-up messages are spoken; the ticking seconds never are. */
import { useCallback, useState } from 'react';

export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // Repeating the same words would not be spoken again; a trailing no-break space makes it a change.
    setMessage((previous) => (previous === next ? `${next}\u00a0` : next));
  }, []);
  return [message, announce];
}

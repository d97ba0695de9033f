/**
 * Islands read the shared store through this hook, which starts persistence once the island is on the page.
 *
 * An island hydrates against server HTML rendered from the empty store, and the reader's saved state arrives right
 * after. zustand's subscription (useSyncExternalStore) would re-render the island with it synchronously, in one long
 * task that blocks input on a slow phone. So an island that is hydrating keeps showing the empty-store view until a
 * transition swaps in the saved state; React renders that transition in slices and yields to the reader between them.
 * A component mounted later, on the client, reads the live store from its first render.
 */
import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { useAppStore, startPersistence, type AppStore } from '../../stores/app-store';

const never = () => () => {};

export function useAppState<T>(selector: (store: AppStore) => T): T {
  const hydrating = useSyncExternalStore(
    never,
    () => false,
    () => true,
  );
  const [showSaved, setShowSaved] = useState(!hydrating);
  useEffect(() => {
    startPersistence();
    if (!showSaved) startTransition(() => setShowSaved(true));
  }, [showSaved]);
  const live = useAppStore(selector);
  return showSaved ? live : selector(useAppStore.getInitialState());
}

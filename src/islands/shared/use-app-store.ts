/** Islands read the shared store through this hook, which starts persistence once the island is on the page. */
import { useEffect } from 'react';
import { useAppStore, startPersistence, type AppStore } from '../../stores/app-store';

export function useAppState<T>(selector: (store: AppStore) => T): T {
  useEffect(() => {
    startPersistence();
  }, []);
  return useAppStore(selector);
}

/**
 * The page's enhancements, imported by the inline boot (`boot.ts`) on the reader's first gesture towards them and
 * built as its own entry (src/integrations/page-enhancements.ts). From now on it answers search gestures, mounts
 * `[data-enhance]` elements and offers new versions of the site; first it replays the events the boot held back, in
 * order.
 */
// React Refresh's set-up for the development server, which Astro adds only before an island hydrates; empty when built.
import '@vitejs/plugin-react/preamble';
import { routes, withBase } from '../../lib/routes';
import { installSearchGestures } from '../search/search-gestures';
import { installOnDemand } from './on-demand';
import { takeQueuedEvents, UPDATE_EVENT } from './queue';

const search = installSearchGestures(
  () => import('../search/mount-search-dialog').then(({ mountSearchDialog }) => mountSearchDialog()),
  withBase(routes.search()),
);
const onDemand = installOnDemand({
  'lesson-toggle': () => import('../progress/mount-lesson-toggle'),
});

const onUpdate = (event: Event) => {
  const waiting = (event as CustomEvent<ServiceWorker | null>).detail;
  void import('./update-banner').then(({ showUpdateBanner }) => showUpdateBanner(waiting));
};
window.addEventListener(UPDATE_EVENT, onUpdate);

for (const event of takeQueuedEvents()) {
  if (event.type === UPDATE_EVENT) onUpdate(event);
  else if (!search.replay(event)) onDemand.replay(event);
}

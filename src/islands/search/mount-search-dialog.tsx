/** Mounts the search dialog at the end of the page, for the page-enhancements module (see search-gestures.ts). */
import { createRoot } from 'react-dom/client';
import { routes, withBase } from '../../lib/routes';
import SearchDialog from './SearchDialog';

export function mountSearchDialog(): void {
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(<SearchDialog indexUrl={withBase('/search-index.json')} searchPageUrl={withBase(routes.search())} />);
}

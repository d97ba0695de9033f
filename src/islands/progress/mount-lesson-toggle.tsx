/**
 * Mounts `Mark as complete` over the server-rendered button the lesson page wraps in `data-enhance="lesson-toggle"`,
 * with the props the page wrote into `data-props`.
 */
import { createRoot } from 'react-dom/client';
import LessonToggle, { type LessonToggleProps } from './LessonToggle';

export function mount(host: HTMLElement): void {
  const props = JSON.parse(host.dataset['props'] ?? 'null') as LessonToggleProps | null;
  if (!props) throw new Error('The lesson toggle has no data-props.');
  createRoot(host).render(<LessonToggle {...props} />);
}

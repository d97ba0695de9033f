/**
 * True when keys typed belong to a text field, where the site's single-key shortcuts (`/`, M, Space and 1 to 4 in
 * a review) must not fire. Checkboxes, radios, buttons, sliders and colour pickers take no text, so shortcuts work
 * while they have focus.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
}

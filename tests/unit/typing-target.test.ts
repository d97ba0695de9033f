// @vitest-environment jsdom
import { isTypingTarget } from '../../src/lib/typing-target';

describe('where single-key shortcuts must not fire', () => {
  const element = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild;
  };

  it.each([
    ['a text field', '<input type="text">'],
    ['a search field', '<input type="search">'],
    ['a field with no type', '<input>'],
    ['a text area', '<textarea></textarea>'],
    ['a select', '<select></select>'],
  ])('in %s', (_, html) => {
    expect(isTypingTarget(element(html))).toBe(true);
  });

  it.each([
    ['a checkbox', '<input type="checkbox">'],
    ['a radio button', '<input type="radio">'],
    ['a button', '<button></button>'],
    ['a slider', '<input type="range">'],
    ['a link', '<a href="#x">x</a>'],
  ])('but they do on %s', (_, html) => {
    expect(isTypingTarget(element(html))).toBe(false);
  });

  it('nor on the page itself', () => {
    expect(isTypingTarget(document)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

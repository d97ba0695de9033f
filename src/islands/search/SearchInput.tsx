/** The search field both views share: the icon, the label "Search" (read by screen readers) and the input. */
import { useId, type InputHTMLAttributes, type Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'className'> & { inputRef: Ref<HTMLInputElement> };

export default function SearchInput({ inputRef, ...input }: Props) {
  const id = useId();
  return (
    <>
      <svg className="search-bar__icon" aria-hidden="true" width="18" height="18" viewBox="0 0 16 16" focusable="false">
        <circle cx="7" cy="7" r="5" stroke="currentColor" strokeWidth="2" fill="none" />
        <path d="M11 11 L15 15" stroke="currentColor" strokeWidth="2" />
      </svg>
      <label htmlFor={id} className="visually-hidden">
        Search
      </label>
      <input
        id={id}
        ref={inputRef}
        className="search-bar__input"
        type="search"
        placeholder="Lessons, cases, stories, cards"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={500}
        {...input}
      />
    </>
  );
}

/** Narrows results to one type. Radio buttons: arrow keys move between them, as everywhere else. */
import { useId } from 'react';
import { SEARCH_TYPES, SEARCH_TYPE_LABELS, type SearchType } from '../../lib/search-types';
import type { TypeFilter } from './use-search';

interface Props {
  value: TypeFilter;
  onChange: (type: TypeFilter) => void;
  counts: Record<SearchType, number>;
  total: number;
}

export default function SearchFilter({ value, onChange, counts, total }: Props) {
  const name = useId();
  const options: { type: TypeFilter; label: string; count: number }[] = [
    { type: 'all', label: 'All', count: total },
    ...SEARCH_TYPES.map((type) => ({ type, label: SEARCH_TYPE_LABELS[type].plural, count: counts[type] })),
  ];
  return (
    <fieldset className="search-filter">
      <legend className="visually-hidden">Show results of type</legend>
      {options.map((option) => (
        <label key={option.type} className="search-filter__option">
          <input type="radio" name={name} value={option.type} checked={value === option.type} onChange={() => onChange(option.type)} />
          <span className="search-filter__chip">
            {option.label} <span className="search-filter__count">{option.count}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ReviewHeatmap from '../../src/islands/progress/ReviewHeatmap';

const days = Array.from({ length: 90 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 7, 25 + i)).toISOString().slice(0, 10);
  return { date, count: i === 89 ? 12 : i % 10 === 0 ? 3 : 0 };
});

describe('the review heatmap', () => {
  it('draws 90 days as an image whose description gives the totals', () => {
    const { container } = render(<ReviewHeatmap days={days} />);
    // The name joins the title and the description (aria-labelledby names both).
    screen.getByRole('img', { name: 'Flashcard reviews over the last 90 days 39 reviews on 10 of 90 days; the busiest day had 12. The table below lists every day.' });
    expect(container.querySelectorAll('rect')).toHaveLength(90);
    expect(container.querySelector('rect:last-of-type title')?.textContent).toBe(`${days[89]!.date}: 12 reviews`);
  });

  it('lists every day in a table, newest first, once the reader opens it', () => {
    const { container } = render(<ReviewHeatmap days={days} />);
    expect(screen.queryByRole('table')).toBeNull();
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(91);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([days[89]!.date, '12']);
  });
});

/** Text with its matched words in <mark>, built as React elements (never as an HTML string). */
import { Fragment } from 'react';
import type { Segment } from '../../lib/search-snippet';

export default function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}

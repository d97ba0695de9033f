/** The building blocks every MDX file can use without importing them. */
import Callout from './Callout.astro';
import CheckYourself from './CheckYourself.astro';
import Compare from './Compare.astro';
import ContentLink from './ContentLink.astro';
import Diagram from './Diagram.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import TableScroll from './TableScroll.astro';
import Walkthrough from './Walkthrough.astro';

export const mdxComponents = { Callout, CheckYourself, Compare, Diagram, KeyTakeaways, Walkthrough, a: ContentLink, table: TableScroll };

export { Heading, HeadingOffsetProvider } from './Heading';
export type { HeadingProps } from './Heading';
export { useLoad } from './useLoad';
export type { Loader, LoadState } from './useLoad';
export type { UnitChoice, ViewProps } from './ViewProps';
export { Section } from './Section';
export type { SectionProps } from './Section';
export { useViewStyles } from './useViewStyles';

import * as React from 'react';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * How many levels the host's own headings take: 0 in Teams (the app is the document), 1 on a SharePoint
 * page (the page title is its h1), so the outline stays one document outline.
 */
const HeadingOffsetContext = React.createContext(0);

export const HeadingOffsetProvider = HeadingOffsetContext.Provider;

export interface HeadingProps extends React.HTMLAttributes<HTMLHeadingElement> {
  /** The level inside the app: 1 for the app title, 2 for a section, 3 for an item in a section. */
  level: Level;
}

/** A heading at its level in the host's outline. */
export function Heading({ level, ...rest }: HeadingProps): React.ReactElement {
  const offset = React.useContext(HeadingOffsetContext);
  return React.createElement(`h${Math.min(6, level + offset)}`, rest);
}

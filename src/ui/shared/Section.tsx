import * as React from 'react';
import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { Heading } from './Heading';

const useSectionStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold }
});

export interface SectionProps {
  heading: string;
  children: React.ReactNode;
  className?: string;
}

/** A titled region of a view: a landmark named by its heading, drawn as a card. */
export function Section({ heading, children, className }: SectionProps): React.ReactElement {
  const styles = useSectionStyles();
  const headingId = useId('mr-section');
  return (
    <section aria-labelledby={headingId} className={mergeClasses(styles.root, className)}>
      <Heading level={2} id={headingId} className={styles.heading}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

import * as React from 'react';

export interface FilledProps {
  /** A text with `{name}` placeholders, from ui/loc. */
  template: string;
  /** What each placeholder becomes: an element where the value needs markup of its own (a `lang`, a link). */
  values: Record<string, React.ReactNode>;
}

/** A localised sentence with elements in its placeholders; an unknown placeholder stays visible, as `fill` leaves it. */
export function Filled({ template, values }: FilledProps): React.ReactElement {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) =>
        // Odd parts are the placeholders' names.
        index % 2 === 0 ? part : <React.Fragment key={index}>{Object.prototype.hasOwnProperty.call(values, part) ? values[part] : `{${part}}`}</React.Fragment>
      )}
    </>
  );
}

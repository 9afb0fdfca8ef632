import * as React from 'react';
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible } from '@fluentui/react-components';
import type { ViewKey } from '../routing';
import { MoreViewsButton, MoreViewsMenuProps } from './MoreViewsButton';

/** A view in the overflow menu: there only while its tab does not fit. */
function OverflowMenuItem({ view, label, onSelect }: { view: ViewKey; label: string; onSelect: (view: ViewKey) => void }): React.ReactElement {
  const visible = useIsOverflowItemVisible(view);
  if (visible) return <></>;
  return <MenuItem onClick={() => onSelect(view)}>{label}</MenuItem>;
}

/**
 * The "Fler vyer" menu, loaded when its button is first used: it opens at once, its first item focused, as the
 * button's Enter or click asked; from then on it is an ordinary menu button.
 */
export function MoreViewsMenu({ views, label, onSelect, open, onOpenChange, buttonRef, count }: MoreViewsMenuProps): React.ReactElement {
  return (
    <Menu open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <MoreViewsButton ref={buttonRef} count={count} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <OverflowMenuItem key={view} view={view} label={label[view]} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

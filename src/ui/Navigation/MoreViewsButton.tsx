import * as React from 'react';
import { Button, ButtonProps } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useLocalization } from '../loc';
import type { ViewKey } from '../routing';

export interface MoreViewsMenuProps {
  views: ViewKey[];
  label: Record<ViewKey, string>;
  onSelect: (view: ViewKey) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The overflow's measurement of the button. */
  buttonRef: React.Ref<HTMLButtonElement>;
  /** How many views are in the menu. */
  count: number;
}

/** "Fler vyer": the button alone, without the menu's code, until it is first used. */
export const MoreViewsButton = React.forwardRef<HTMLButtonElement, ButtonProps & { count: number }>(function MoreViewsButton({ count, ...props }, ref) {
  const { strings } = useLocalization();
  return (
    <Button {...props} ref={ref} appearance="transparent" icon={<MoreHorizontalRegular />} aria-label={`${strings.navigationMore} (${count})`}>
      {strings.navigationMore}
    </Button>
  );
});

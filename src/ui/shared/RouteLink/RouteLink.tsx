import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { Route, routeToQuery } from '../../routing';

export interface RouteLinkProps {
  route: Route;
  navigate: (route: Route) => void;
  children: React.ReactNode;
  className?: string;
}

/**
 * A link to another view. It is a real link (the deep link as its address, so it can be copied or opened
 * in a new tab); a plain click moves inside the app.
 */
export function RouteLink({ route, navigate, children, className }: RouteLinkProps): React.ReactElement {
  const onClick = (event: React.MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <Link href={routeToQuery(route)} onClick={onClick} className={className}>
      {children}
    </Link>
  );
}

import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * A wide grid or table that scrolls inside its own box instead of widening the page. It is a named region that
 * takes focus, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 * Give it `aria-label` or `aria-labelledby`. Sticky headers inside need the region to scroll vertically too, so
 * pass a `max-h-*` class when the content can be long.
 */
export function ScrollRegion({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      role="region"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
      tabIndex={0}
      className={cn(
        "relative min-w-0 max-w-full overflow-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
        className,
      )}
      {...props}
    />
  );
}

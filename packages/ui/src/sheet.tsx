"use client";
import {
  cloneElement,
  useEffect,
  useId,
  useRef,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from "react";

/**
 * A panel that slides over the page from the left, opened by its trigger (e.g. the navigation on small screens).
 * A native modal `<dialog>`: the browser makes the rest of the page inert while it is open, closes it on Escape,
 * and returns focus to the trigger; a click on the backdrop closes it too. (Radix Dialog did the same with 11.7 kB
 * of JavaScript on every portal page, tooling/bench-load/BENCHMARKS.md.)
 */
export function Sheet({
  open,
  onOpenChange,
  trigger,
  title,
  closeLabel,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** A button; it gets the click that opens the panel. */
  trigger: ReactElement<{ onClick?: () => void; "aria-haspopup"?: "dialog"; "aria-expanded"?: boolean }>;
  title: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  // A window widened past the breakpoint hides the sheet's place on the page (e.g. `md:hidden`) but would leave
  // the modal open: the page stays inert with nothing to close. Close it when its place is no longer shown.
  useEffect(() => {
    const place = dialog.current?.parentElement;
    if (!open || !place) return;
    const closeWhenHidden = () => {
      if (place.getClientRects().length === 0) onOpenChange(false);
    };
    window.addEventListener("resize", closeWhenHidden);
    return () => window.removeEventListener("resize", closeWhenHidden);
  }, [open, onOpenChange]);
  // The panel's content sits in an inner element, so only a click on the backdrop targets the dialog itself.
  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onOpenChange(false);
  };
  return (
    <>
      {cloneElement(trigger, {
        onClick: () => onOpenChange(true),
        "aria-haspopup": "dialog",
        "aria-expanded": open,
      })}
      {/* Keyboard users close it with Escape or the close button; the backdrop click is the pointer's extra way. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => onOpenChange(false)}
        onClick={closeOnBackdrop}
        className="fixed inset-y-0 left-0 m-0 h-full max-h-none w-[min(85vw,20rem)] max-w-none bg-white p-0 shadow-xl backdrop:bg-black/40"
      >
        <div className="flex min-h-full flex-col p-4">
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id={titleId} className="text-lg font-semibold text-ink">
              {title}
            </h2>
            <button
              type="button"
              onClick={() => onOpenChange(false)}
              className="rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {closeLabel}
            </button>
          </div>
          {children}
        </div>
      </dialog>
    </>
  );
}

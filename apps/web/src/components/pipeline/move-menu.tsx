"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { allowedMoves } from "@portal/domain";
import type { CandidateStageValue } from "@portal/validators";
import { Button } from "@portal/ui";
import type { BoardCard } from "./types";

/** The keyboard- and screen-reader-friendly alternative to dragging: a disclosure listing the allowed stages. */
export function MoveMenu({
  card,
  onChoose,
}: {
  card: BoardCard;
  onChoose: (stage: CandidateStageValue) => void;
}) {
  const t = useTranslations("pipeline");
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const targets = allowedMoves(card.stage, card.closedFrom);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>("li button")?.focus();
    const outside = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", outside);
    return () => document.removeEventListener("mousedown", outside);
  }, [open]);

  if (targets.length === 0) return null;
  return (
    // Escape from anywhere inside the open menu closes it (the menu button and items are the focusable parts).
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- a bubbling handler, not a control
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <Button
        ref={button}
        size="sm"
        variant="secondary"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((v) => !v)}
      >
        {t("card.moveTo")}
        <span className="sr-only"> {t("card.moveFor", { name: card.name })}</span>
      </Button>
      {open ? (
        <ul
          id={listId}
          className="absolute right-0 z-30 mt-1 w-40 rounded-md border border-gray-200 bg-white py-1 shadow-lg"
        >
          {targets.map((stage) => (
            <li key={stage}>
              <button
                type="button"
                className="block w-full px-3 py-1.5 text-left text-sm hover:bg-gray-100 focus-visible:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600"
                onClick={() => {
                  setOpen(false);
                  button.current?.focus();
                  onChoose(stage);
                }}
              >
                {t(`stages.${stage}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

"use client";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import type { CandidateStageValue } from "@portal/validators";
import { Alert, Badge, EmptyState, ScrollRegion } from "@portal/ui";
import { MoveMenu } from "./move-menu";
import { RejectDialog } from "./reject-dialog";
import { applicationHref, stageTone, type BoardCard, type BoardData } from "./types";
import { usePipelineMutations } from "./use-move";
import { useServerErrorText } from "@/i18n/server-errors";

/**
 * Arrow keys jump a picked-up card to the next or previous column (the default moves it 25 px at a time),
 * so a keyboard user reaches any stage in a few presses.
 */
const columnCoordinates: KeyboardCoordinateGetter = (
  event,
  { context: { collisionRect, droppableRects, droppableContainers } },
) => {
  if (!collisionRect || (event.code !== "ArrowRight" && event.code !== "ArrowLeft")) return undefined;
  event.preventDefault();
  const rects = droppableContainers
    .getEnabled()
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [rect] : [];
    })
    .sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  const target =
    event.code === "ArrowRight"
      ? rects.find((r) => r.left + r.width / 2 > centre + 1)
      : [...rects].reverse().find((r) => r.left + r.width / 2 < centre - 1);
  if (!target) return undefined;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: target.top + 48 };
};

export function Board({
  data,
  onShowMore,
  canShowMore,
}: {
  data: BoardData;
  onShowMore: () => void;
  canShowMore: boolean;
}) {
  const t = useTranslations("pipeline");
  const serverErrorText = useServerErrorText();
  const { move } = usePipelineMutations();
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [rejecting, setRejecting] = useState<BoardCard | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const cards = new Map(data.columns.flatMap((c) => c.cards.map((card) => [card.id, card] as const)));
  const nameOf = (id: string | number) => cards.get(String(id))?.name ?? "";
  const stageName = (id: string | number) => t(`stages.${String(id) as CandidateStageValue}`);

  const moveTo = async (card: BoardCard, toStage: CandidateStageValue, reason = "") => {
    setError("");
    try {
      await move.mutateAsync({ applicationId: card.id, toStage, expectedStage: card.stage, reason });
      setStatus(t("card.moved", { name: card.name, stage: stageName(toStage) }));
    } catch (e) {
      if (toStage === "REJECTED") throw e; // the reason dialog shows it
      setError(serverErrorText(e));
    }
  };
  const choose = (card: BoardCard, toStage: CandidateStageValue) => {
    if (toStage === card.stage) return;
    if (toStage === "REJECTED") setRejecting(card);
    else void moveTo(card, toStage);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const card = cards.get(String(active.id));
    if (card && over) choose(card, over.id as CandidateStageValue);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("board.pickedUp", { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t("board.over", { name: nameOf(active.id), stage: stageName(over.id) })
        : t("board.notOver", { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t("board.dropped", { name: nameOf(active.id), stage: stageName(over.id) })
        : t("board.cancelled", { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t("board.cancelled", { name: nameOf(active.id) }),
  };

  if (cards.size === 0)
    return (
      <EmptyState title={t("board.empty")} description={data.canMove ? t("board.emptyHint") : undefined} />
    );
  return (
    <>
      <div role="status" aria-live="polite" className="sr-only">
        {status}
      </div>
      {error ? (
        <Alert tone="danger" className="mb-3">
          {error}
        </Alert>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={rectIntersection}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.instructions") } }}
      >
        {/* The columns scroll sideways inside their own region (the page keeps its width), headings sticky. */}
        <ScrollRegion aria-label={t("board.label")} className="flex max-h-[75vh] gap-3 pb-3">
          {data.columns.map((column) => (
            <Column
              key={column.stage}
              column={column}
              canMove={data.canMove}
              onChoose={choose}
              onShowMore={canShowMore ? onShowMore : null}
            />
          ))}
        </ScrollRegion>
      </DndContext>
      {rejecting ? (
        <RejectDialog
          open
          onOpenChange={(open) => !open && setRejecting(null)}
          title={t("reject.title", { name: rejecting.name })}
          confirmLabel={t("reject.confirm")}
          onReject={(reason) => moveTo(rejecting, "REJECTED", reason)}
        />
      ) : null}
    </>
  );
}

function Column({
  column,
  canMove,
  onChoose,
  onShowMore,
}: {
  column: BoardData["columns"][number];
  canMove: boolean;
  onChoose: (card: BoardCard, stage: CandidateStageValue) => void;
  onShowMore: (() => void) | null;
}) {
  const t = useTranslations("pipeline");
  // HIRED is reached only through the hire action, so it never accepts a drop.
  const { setNodeRef, isOver } = useDroppable({
    id: column.stage,
    disabled: !canMove || column.stage === "HIRED",
  });
  const headingId = `column-${column.stage}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`column-${column.stage}`}
      className={`flex w-64 shrink-0 flex-col rounded-lg border bg-gray-50 p-2 ${isOver ? "border-brand-600 ring-2 ring-brand-600" : "border-gray-200"}`}
    >
      <h2
        id={headingId}
        className="sticky top-0 z-10 mb-2 flex items-center justify-between bg-gray-50 px-1 py-1 text-sm font-semibold text-ink"
      >
        {t(`stages.${column.stage}`)}
        <Badge tone={stageTone[column.stage]}>{column.total}</Badge>
      </h2>
      {column.stage === "HIRED" && canMove ? (
        <p className="mb-2 px-1 text-xs text-muted">{t("board.hiredHint")}</p>
      ) : null}
      {column.cards.length === 0 ? (
        <p className="px-1 py-4 text-center text-xs text-muted">{t("board.emptyColumn")}</p>
      ) : null}
      <ul className="space-y-2">
        {column.cards.map((card) => (
          <Card key={card.id} card={card} canMove={canMove} onChoose={onChoose} />
        ))}
      </ul>
      {column.total > column.cards.length ? (
        <div className="mt-2 space-y-1 px-1">
          <p className="text-xs text-muted">
            {t("board.more", { count: column.total - column.cards.length })}
          </p>
          {onShowMore ? (
            <button
              type="button"
              onClick={onShowMore}
              className="text-xs font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {t("board.showMore")}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Card({
  card,
  canMove,
  onChoose,
}: {
  card: BoardCard;
  canMove: boolean;
  onChoose: (card: BoardCard, stage: CandidateStageValue) => void;
}) {
  const t = useTranslations("pipeline");
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    disabled: !canMove || card.stage === "HIRED",
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      data-testid={`card-${card.name}`}
      className={`rounded-md border border-gray-200 bg-white p-2 text-sm shadow-sm ${isDragging ? "relative z-20 shadow-lg" : ""}`}
    >
      <div className="flex items-start justify-between gap-2">
        <Link href={applicationHref(card.id)} className="font-medium text-brand-700 hover:underline">
          {card.name}
        </Link>
        {canMove && card.stage !== "HIRED" ? (
          <button
            type="button"
            {...attributes}
            {...listeners}
            aria-label={t("card.dragHandle", { name: card.name })}
            className="cursor-grab rounded px-1 text-muted hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
      </div>
      <div className="mt-1 flex flex-wrap gap-1">
        <Badge tone={card.eligible ? "success" : "warning"}>{t("card.fit", { score: card.score })}</Badge>
        <Badge tone={card.eligible ? "success" : "warning"}>
          {card.eligible ? t("card.eligible") : t("card.notEligible")}
        </Badge>
        {card.anonymized ? <Badge>{t("card.anonymized")}</Badge> : null}
      </div>
      <p className="mt-1 text-xs text-muted">
        {t("card.screenedAgainst", { version: card.profileVersion })}
        {card.newerVersion ? (
          <span className="font-semibold text-yellow-900">
            {" "}
            ({t("card.newer", { version: card.newerVersion })})
          </span>
        ) : null}
      </p>
      <p className="text-xs text-muted">{t("card.days", { days: card.daysInStage })}</p>
      {canMove ? (
        <div className="mt-2 flex justify-end">
          <MoveMenu card={card} onChoose={(stage) => onChoose(card, stage)} />
        </div>
      ) : null}
    </li>
  );
}

"use client";

import type { PublicChoice } from "@jiji/content";
import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from "react";
import { useTranslations } from "@/i18n/client";
import { moveItem } from "./move-item";

type FocusPart = "row" | "up" | "down";

type OrderingInputProps = {
  labelledBy: string;
  items: PublicChoice[];
  itemIds: string[];
  onChange: (itemIds: string[]) => void;
};

/**
 * Reorder with ↑/↓ buttons, or focus a row and use the arrow keys (Home/End jump to the ends). Each row is one
 * Tab stop announcing its position; the buttons are for pointers and stay out of the Tab order.
 */
export function OrderingInput({ labelledBy, items, itemIds, onChange }: OrderingInputProps) {
  const t = useTranslations("quiz.ordering");
  const instructionsId = useId();
  const [announcement, setAnnouncement] = useState("");
  const elements = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);
  const textById = new Map(items.map((item) => [item.id, item.text]));

  // React may move other rows' DOM nodes around the focused one, so put focus back where the student was.
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    elements.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  function move(itemId: string, to: number, focusPart: FocusPart) {
    const from = itemIds.indexOf(itemId);
    const target = Math.min(Math.max(to, 0), itemIds.length - 1);
    if (from < 0 || target === from) return;
    onChange(moveItem(itemIds, from, target));
    pendingFocus.current = `${itemId}:${focusPart}`;
    setAnnouncement(
      t("moved", { item: textById.get(itemId) ?? "", position: target + 1, total: itemIds.length }),
    );
  }

  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>, itemId: string, index: number) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const focusPart = ((event.target as HTMLElement).dataset.part as FocusPart | undefined) ?? "row";
    const targets: Record<string, number> = {
      ArrowUp: index - 1,
      ArrowDown: index + 1,
      Home: 0,
      End: itemIds.length - 1,
    };
    const to = targets[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(itemId, to, focusPart);
  }

  function register(key: string) {
    return (element: HTMLElement | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    };
  }

  return (
    <div className="quiz-ordering">
      <p id={instructionsId} className="field__hint">
        {t("instructions")}
      </p>
      <ol className="quiz-ordering__list" aria-labelledby={labelledBy}>
        {itemIds.map((itemId, index) => {
          const text = textById.get(itemId) ?? itemId;
          const isFirst = index === 0;
          const isLast = index === itemIds.length - 1;
          return (
            <li
              key={itemId}
              ref={register(`${itemId}:row`)}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: the row is focusable so arrow keys can move it.
              tabIndex={0}
              data-part="row"
              aria-label={t("rowLabel", { position: index + 1, total: itemIds.length, item: text })}
              aria-describedby={instructionsId}
              className="quiz-ordering__item"
              onKeyDown={(event) => handleKeyDown(event, itemId, index)}
            >
              <span className="quiz-ordering__position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="quiz-ordering__text">{text}</span>
              <span className="quiz-ordering__buttons">
                {/* aria-disabled, not disabled: the button keeps focus after moving its item to the end. */}
                <button
                  type="button"
                  ref={register(`${itemId}:up`)}
                  data-part="up"
                  tabIndex={-1}
                  className="button quiz-ordering__move"
                  aria-label={t("moveUp", { item: text })}
                  aria-disabled={isFirst}
                  onClick={() => move(itemId, index - 1, "up")}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  ref={register(`${itemId}:down`)}
                  data-part="down"
                  tabIndex={-1}
                  className="button quiz-ordering__move"
                  aria-label={t("moveDown", { item: text })}
                  aria-disabled={isLast}
                  onClick={() => move(itemId, index + 1, "down")}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

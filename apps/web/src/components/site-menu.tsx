"use client";

import { usePathname } from "next/navigation";
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";

/**
 * The header's links, language and account behind one 「メニュー」 disclosure on phones (a plain <details>, so it
 * works before the page's JavaScript loads); from 600 px up the CSS shows them inline and hides the toggle.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  const shownPathname = useRef(pathname);

  // The header outlives client-side moves between pages (its own links are plain <a>, full page loads, but a server
  // action's redirect, signing out say, moves on the client): close the menu after such a move.
  useEffect(() => {
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    const menu = ref.current;
    if (event.key !== "Escape" || !menu?.open) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
  }

  return (
    <details ref={ref} className="site-menu" onKeyDown={closeOnEscape}>
      <summary className="site-menu__toggle">
        {label}
        <span className="site-menu__arrow" aria-hidden="true" />
      </summary>
      <div className="site-menu__panel">{children}</div>
    </details>
  );
}

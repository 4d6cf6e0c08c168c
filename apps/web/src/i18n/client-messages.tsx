import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { MessagesProvider, type MessageTree } from "./client";

/**
 * Sends the client islands below it the message namespaces they use (e.g. "quiz", "teacher.builder") and no
 * others: every message passed here travels in the page's payload.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: string[];
  children: ReactNode;
}) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <MessagesProvider locale={locale} messages={pickNamespaces(messages as MessageTree, namespaces)}>
      {children}
    </MessagesProvider>
  );
}

export function pickNamespaces(messages: MessageTree, namespaces: string[]): MessageTree {
  const picked: MessageTree = {};
  for (const namespace of namespaces) {
    const parts = namespace.split(".");
    let source: MessageTree | string | undefined = messages;
    let target = picked;
    for (const [i, part] of parts.entries()) {
      source = typeof source === "object" ? source[part] : undefined;
      if (source === undefined) throw new Error(`no message namespace ${namespace}`);
      if (i === parts.length - 1) target[part] = source;
      else {
        target[part] ??= {};
        target = target[part] as MessageTree;
      }
    }
  }
  return picked;
}

"use client";

// Translations for client islands: the messages a page's islands need arrive through <ClientMessages>
// (client-messages.tsx, a server component that picks namespaces), and `useTranslations(namespace)` reads them
// with the same call shape as next-intl's. No message-format runtime is sent to the browser (format-message.ts).
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { formatMessage, type MessageValues } from "./format-message";

export type MessageTree = { [key: string]: string | MessageTree };
type Messages = { locale: string; messages: MessageTree };

const MessagesContext = createContext<Messages>({ locale: "ja", messages: {} });

/** Adds `messages` to those of any provider above (nested providers merge namespaces). */
export function MessagesProvider({ locale, messages, children }: Messages & { children: ReactNode }) {
  const parent = useContext(MessagesContext);
  const value = useMemo(
    () => ({ locale, messages: { ...parent.messages, ...messages } }),
    [locale, messages, parent.messages],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

export function useLocale(): string {
  return useContext(MessagesContext).locale;
}

type Translate = ((key: string, values?: MessageValues) => string) & { has(key: string): boolean };

export function useTranslations(namespace: string): Translate {
  const { locale, messages } = useContext(MessagesContext);
  return useMemo(() => {
    const lookup = (key: string) => {
      const found = `${namespace}.${key}`
        .split(".")
        .reduce<string | MessageTree | undefined>(
          (node, part) => (typeof node === "object" ? node[part] : undefined),
          messages,
        );
      return typeof found === "string" ? found : undefined;
    };
    const t = (key: string, values: MessageValues = {}) => {
      const message = lookup(key);
      // A missing message shows its key, as next-intl does, rather than breaking the page.
      return message === undefined ? `${namespace}.${key}` : formatMessage(message, values, locale);
    };
    return Object.assign(t, { has: (key: string) => lookup(key) !== undefined });
  }, [namespace, locale, messages]);
}

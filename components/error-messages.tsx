"use client";

import { createContext, useContext, type ReactNode } from "react";

// The error page's three texts, handed down by the locale layout. Imported in error.tsx, the
// whole message files (about 150 KB in both languages) would ship with every page's JavaScript,
// since the error boundary is part of every page.
type ErrorMessages = { errorTitle: string; errorText: string; retry: string };

const Context = createContext<ErrorMessages | null>(null);

export function ErrorMessagesProvider({
  messages,
  children,
}: {
  messages: ErrorMessages;
  children: ReactNode;
}) {
  return <Context.Provider value={messages}>{children}</Context.Provider>;
}

/** The texts in the page's language (the layout always provides them around the page). */
export function useErrorMessages(): ErrorMessages | null {
  return useContext(Context);
}

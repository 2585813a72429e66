"use client";

import { useErrorMessages } from "@/components/error-messages";

// Shown when a page fails on the server. The details stay in the server log, never here.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const messages = useErrorMessages();
  // Only outside the locale layout, which never happens: then the button is all there is.
  if (!messages)
    return (
      <button type="button" onClick={() => reset()}>
        ↻
      </button>
    );
  return (
    <>
      <h1>{messages.errorTitle}</h1>
      <p>{messages.errorText}</p>
      <button type="button" onClick={() => reset()}>
        {messages.retry}
      </button>
    </>
  );
}

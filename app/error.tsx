"use client";

// Shown when a page fails on the server. The details stay in the server log, never here.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Något gick fel</h1>
      <p>Sidan kunde inte visas just nu. Försök igen om en stund.</p>
      <button type="button" onClick={() => reset()}>
        Försök igen
      </button>
    </>
  );
}

"use client";

// Last resort when even the root layout fails: a complete page, in Swedish, without details.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="sv">
      <body>
        <main>
          <h1>Något gick fel</h1>
          <p>Vänortsregistret kunde inte visas just nu. Försök igen om en stund.</p>
          <button type="button" onClick={() => reset()}>
            Försök igen
          </button>
        </main>
      </body>
    </html>
  );
}

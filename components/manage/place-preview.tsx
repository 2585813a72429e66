/** A small static map sketch: the place as a point on a world grid (no tiles, no script). */
export function PlacePreview({
  latitude,
  longitude,
  label,
}: {
  latitude: number;
  longitude: number;
  label: string;
}) {
  const x = ((longitude + 180) / 360) * 200;
  const y = ((90 - latitude) / 180) * 100;
  return (
    <svg
      viewBox="0 0 200 100"
      width="200"
      height="100"
      role="img"
      aria-label={label}
      className="place-preview"
    >
      <rect width="200" height="100" fill="#e8f0f8" stroke="#6b7079" />
      {[50, 100, 150].map((gx) => (
        <line key={gx} x1={gx} y1="0" x2={gx} y2="100" stroke="#c9ccd1" />
      ))}
      <line x1="0" y1="50" x2="200" y2="50" stroke="#c9ccd1" />
      <circle cx={x} cy={y} r="4" fill="#b3261e" stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

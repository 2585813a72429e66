// Great-circle arcs for the map's links: the shortest path on the globe, which on a Mercator
// map is the familiar curve (Umeå–Vasa stays almost straight, Västerås–Madison arcs over
// Greenland). Pure functions, no Leaflet.

export type LatLon = [lat: number, lon: number];

const RAD = Math.PI / 180;

/** Central angle between two points, in radians (haversine: stable for short distances). */
export function centralAngle([lat1, lon1]: LatLon, [lat2, lon2]: LatLon): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Points along the great circle from `from` to `to`, both ends included. The number of
 * segments grows with the distance (about one per `degreesPerSegment` of arc, at least 1, at
 * most `maxSegments`), so a short link costs two points and an intercontinental one a smooth
 * curve. Longitudes are unwrapped (they may leave -180..180) so the line never jumps across
 * the antimeridian: Leaflet then draws it continuously.
 */
export function greatCircle(from: LatLon, to: LatLon, degreesPerSegment = 2, maxSegments = 64): LatLon[] {
  const angle = centralAngle(from, to);
  const segments = Math.max(1, Math.min(maxSegments, Math.ceil(angle / RAD / degreesPerSegment)));
  if (angle < 1e-9) return [from, to];

  const [lat1, lon1] = [from[0] * RAD, from[1] * RAD];
  const [lat2, lon2] = [to[0] * RAD, to[1] * RAD];
  const sinAngle = Math.sin(angle);
  const points: LatLon[] = [];
  let previousLon = from[1];
  for (let i = 0; i <= segments; i++) {
    const f = i / segments;
    // Spherical linear interpolation between the two unit vectors.
    const a = Math.sin((1 - f) * angle) / sinAngle;
    const b = Math.sin(f * angle) / sinAngle;
    const x = a * Math.cos(lat1) * Math.cos(lon1) + b * Math.cos(lat2) * Math.cos(lon2);
    const y = a * Math.cos(lat1) * Math.sin(lon1) + b * Math.cos(lat2) * Math.sin(lon2);
    const z = a * Math.sin(lat1) + b * Math.sin(lat2);
    const lat = Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD;
    let lon = Math.atan2(y, x) / RAD;
    // Unwrap: keep each longitude within 180° of the previous one.
    while (lon - previousLon > 180) lon -= 360;
    while (lon - previousLon < -180) lon += 360;
    previousLon = lon;
    points.push([lat, lon]);
  }
  // Exact ends (no rounding drift), the last one unwrapped like the rest.
  points[0] = from;
  points[segments] = [to[0], points[segments]![1]];
  return points;
}

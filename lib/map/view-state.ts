// The map's own URL parameters, next to the directory filters (lib/directory/types.ts): which
// member or place is selected, the overview mode, zoom and centre. Together with the filters
// they make a link reproduce what the reader saw. Parsing is tolerant like the directory's:
// a bad value is dropped, never an error page.
// No zod here: this module runs in the browser too, and the map page's JavaScript budget is tight.

export const MAP_PARAMS = {
  member: "vald", // kommunkod or county code of the selected member: "2480", "24"
  target: "partner", // key of the selected partner place: "p602150", "c:SC"
  overview: "vy", // "oversikt": the choropleth
  zoom: "zoom", // 1..12
  center: "centrum", // "63.83,20.26"
} as const;

export type MapView = {
  member?: string;
  target?: string;
  overview: boolean;
  zoom?: number;
  center?: [number, number];
};

const MIN_ZOOM = 1;
const MAX_ZOOM = 12;

const MEMBER_CODE = /^\d{2}(\d{2})?$/;
const TARGET_KEY = /^(p\d{1,10}|c:[A-Z]{2}|n:\d{1,10}|x:\d{1,10})$/;
const ZOOM = /^\d{1,2}$/;
const CENTER = /^(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?)$/;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

export function parseMapView(params: Params): MapView {
  const view: MapView = { overview: first(params, MAP_PARAMS.overview) === "oversikt" };
  const member = first(params, MAP_PARAMS.member);
  const target = first(params, MAP_PARAMS.target);
  const zoom = first(params, MAP_PARAMS.zoom);
  const center = CENTER.exec(first(params, MAP_PARAMS.center) ?? "");
  if (member && MEMBER_CODE.test(member)) view.member = member;
  if (target && TARGET_KEY.test(target)) view.target = target;
  const z = zoom && ZOOM.test(zoom) ? Number(zoom) : undefined;
  const [lat, lon] = center ? [Number(center[1]), Number(center[2])] : [NaN, NaN];
  // Zoom and centre only together, and only where the map can go.
  if (z !== undefined && z >= MIN_ZOOM && z <= MAX_ZOOM && Math.abs(lat) <= 85 && Math.abs(lon) <= 180) {
    view.zoom = z;
    view.center = [lat, lon];
  }
  return view;
}

/** Rounds a coordinate to what a link needs (about 100 m). */
const coordinate = (n: number) => String(Math.round(n * 1000) / 1000);

/** The filters' parameters (as the directory writes them) followed by the map's. */
export function serializeMapView(filters: URLSearchParams, view: MapView): URLSearchParams {
  const out = new URLSearchParams(filters);
  for (const name of Object.values(MAP_PARAMS)) out.delete(name);
  if (view.member) out.set(MAP_PARAMS.member, view.member);
  if (view.target) out.set(MAP_PARAMS.target, view.target);
  if (view.overview) out.set(MAP_PARAMS.overview, "oversikt");
  if (view.zoom !== undefined && view.center) {
    out.set(MAP_PARAMS.zoom, String(view.zoom));
    out.set(MAP_PARAMS.center, `${coordinate(view.center[0])},${coordinate(view.center[1])}`);
  }
  return out;
}

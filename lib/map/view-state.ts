// The map's own URL parameters, next to the directory filters (lib/directory/types.ts): which
// member or place is selected, the overview mode, zoom and centre. Together with the filters
// they make a link reproduce what the reader saw. Parsing is tolerant like the directory's:
// a bad value is dropped, never an error page.
import { z } from "zod";

export const MAP_PARAMS = {
  member: "vald", // kommunkod or county code of the selected member: "2480", "24"
  target: "partner", // key of the selected partner place: "p602150", "c:SC"
  overview: "vy", // "oversikt": the choropleth
  zoom: "zoom", // 1..12
  center: "centrum", // "63.83,20.26"
} as const;

export type MapView = { member?: string; target?: string; overview: boolean; zoom?: number; center?: [number, number] };

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;

const memberCode = z.string().regex(/^\d{2}(\d{2})?$/);
const targetKey = z.string().regex(/^(p\d{1,10}|c:[A-Z]{2}|n:\d{1,10}|x:\d{1,10})$/);
const zoom = z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().min(MIN_ZOOM).max(MAX_ZOOM));
const center = z
  .string()
  .regex(/^-?\d{1,2}(\.\d{1,6})?,-?\d{1,3}(\.\d{1,6})?$/)
  .transform((v) => v.split(",").map(Number) as [number, number])
  .refine(([lat, lon]) => Math.abs(lat) <= 85 && Math.abs(lon) <= 180);

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function parsed<T>(schema: z.ZodType<T, string>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function parseMapView(params: Params): MapView {
  const view: MapView = { overview: first(params, MAP_PARAMS.overview) === "oversikt" };
  const member = parsed(memberCode, first(params, MAP_PARAMS.member));
  const target = parsed(targetKey, first(params, MAP_PARAMS.target));
  const z = parsed(zoom, first(params, MAP_PARAMS.zoom));
  const c = parsed(center, first(params, MAP_PARAMS.center));
  if (member) view.member = member;
  if (target) view.target = target;
  if (z !== undefined && c) {
    view.zoom = z;
    view.center = c;
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

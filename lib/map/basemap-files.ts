// The offline basemap's files in public/ (written by scripts/build-basemap.ts): the world, then Sweden.
export const BASEMAP_FILES = ["/map/world.topojson", "/map/sweden.topojson"] as const;

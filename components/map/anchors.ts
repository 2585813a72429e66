/** The ids the national map page's shortcuts lead to (karta/page.tsx): the map and its list. */
export const MAP_ANCHORS = { map: "kartan", list: "kartlistan" } as const;

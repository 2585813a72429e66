// A round's title in a sentence or heading. Administrators name rounds freely: "Höst 2026" needs the
// word "Inventering" before it, while "Inventering 2026" already has it and became "Inventering
// Inventering 2026" when the word was always added.

/** Whether the name already says it is an inventory (Swedish or English, compounds too: "Höstinventering"). */
export function namesAnInventory(name: string): boolean {
  return /inventering|inventory|inventories/iu.test(name);
}

/** The name as it is when it says what it is, else `prefixed(name)` ("Inventering {name}"). */
export function roundTitle(name: string, prefixed: (name: string) => string): string {
  return namesAnInventory(name) ? name : prefixed(name);
}

import { hash53 } from '../../engine/hash';

/** The id an imported term gets: `imp-<hash>` (deny) or `imp-allow-<hash>` (allow list); same term, same id. */
export function importedEntryId(term: string, allow = false): string {
  return `${allow ? 'imp-allow-' : 'imp-'}${hash53(term).toString(16).padStart(14, '0')}`;
}

export class IdAllocator {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
  add(id: string): void {
    this.used.add(id);
  }
}

/** The app's one IndexedDB database (a name the privacy description and the start also use). */
export const DATABASE_NAME = 'hjulet';

let inUse = DATABASE_NAME;

/** The database's name now: tests put in databases of other names (db.ts useDatabase). */
export function databaseNameInUse(): string {
  return inUse;
}

export function setDatabaseNameInUse(name: string): void {
  inUse = name;
}

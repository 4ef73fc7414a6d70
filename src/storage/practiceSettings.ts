// Settings of the practice around the wheel, filled in once (issue 14): where the local social services
// take reports, and the name of the records system notes are transferred to. Neither says anything
// about a child, so they are kept in clear like the other small settings.
import { getDatabase } from './database';

export const SOCIAL_SERVICES_KEY = 'socialServicesContact';
export const RECORDS_SYSTEM_KEY = 'recordsSystemName';
/** Long enough for a number, a name and opening hours; longer input is cut, never refused. */
export const MAX_SETTING_TEXT = 300;

function cleanSetting(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_SETTING_TEXT) : '';
}

async function readText(key: string): Promise<string> {
  return cleanSetting((await (await getDatabase()).settings.get(key))?.value);
}

async function saveText(key: string, value: string): Promise<string> {
  const clean = cleanSetting(value);
  const database = await getDatabase();
  if (clean === '') await database.settings.delete(key);
  else await database.settings.put({ key, value: clean });
  return clean;
}

export const readSocialServicesContact = () => readText(SOCIAL_SERVICES_KEY);
export const saveSocialServicesContact = (value: string) => saveText(SOCIAL_SERVICES_KEY, value);
export const readRecordsSystemName = () => readText(RECORDS_SYSTEM_KEY);
export const saveRecordsSystemName = (value: string) => saveText(RECORDS_SYSTEM_KEY, value);

import { isPublicRoute, useRoute } from '../../navigation';
import { FirstRunNote } from './FirstRunNote';
import { RetentionNotice } from './RetentionNotice';
import { NotesEraser, NotesErasureNotice } from './NotesErasureNotice';

/** Notes on the home screen: the first-run note, data due for deletion, notes about to be erased. */
export function PrivacyNotices() {
  const route = useRoute();
  // Public pages hold no child data and load no database: nothing to erase or note there.
  if (isPublicRoute(route)) return null;
  // Transferred notes whose grace period is over are erased on every other page, not only at home.
  if (route.name !== 'home') return <NotesEraser />;
  return (
    <>
      <NotesEraser />
      <FirstRunNote />
      <RetentionNotice />
      <NotesErasureNotice />
    </>
  );
}

import { useRoute } from '../../navigation';
import { FirstRunNote } from './FirstRunNote';
import { RetentionNotice } from './RetentionNotice';

/** Notes on the home screen: the first-run note and data due for deletion. */
export function PrivacyNotices() {
  const route = useRoute();
  if (route.name !== 'home') return null;
  return (
    <>
      <FirstRunNote />
      <RetentionNotice />
    </>
  );
}

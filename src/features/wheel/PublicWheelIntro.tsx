import { useTranslation } from 'react-i18next';

/** The top of `#/wheel` (also drawn before the app loads, src/app/firstPaint). */
export function PublicWheelIntro() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('publicWheel.title')}</h1>
      <p className="lead">{t('publicWheel.intro')}</p>
    </>
  );
}

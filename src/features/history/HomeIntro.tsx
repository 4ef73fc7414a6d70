import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation';

/** The top of the home screen: what Hjulet is, and the way to the wheel (also drawn before the app loads). */
export function HomeIntro() {
  const { t } = useTranslation();
  return (
    <section className="home-intro">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <a className="button-secondary" href={hrefFor({ name: 'wheel' })}>
        {t('home.showWheel')}
      </a>
    </section>
  );
}

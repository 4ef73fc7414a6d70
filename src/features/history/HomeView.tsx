import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation';
import { listChildren, listAllConversations, useLive } from '../../storage';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import { AddChildForm } from './AddChildForm';
import { childOverviews } from './childOverview';
import { todayIsoDate } from '../../domain/model';
import { FollowUpsSection } from './FollowUpsSection';
import { SearchBox } from '../search/SearchBox';
import { SafetyReminder } from '../practice/SafetyReminder';
import { HomeIntro } from './HomeIntro';

export function HomeView() {
  const { t, i18n } = useTranslation();
  // Years of records are one big answer: rendered as a transition, in slices (issue 19: no task over 200 ms).
  const data = useLive(async () => ({ children: await listChildren(), conversations: await listAllConversations() }), [], { transition: true });
  const today = todayIsoDate();
  const overviews = useMemo(() => (data ? childOverviews(data.children, data.conversations, today) : []), [data, today]);

  return (
    <div className="home">
      <HomeIntro />
      {data ? <SafetyReminder childList={data.children} conversations={data.conversations} /> : null}
      <SearchBox />
      {data ? <FollowUpsSection childList={data.children} conversations={data.conversations} today={today} /> : null}
      <section aria-labelledby="children-heading">
        <h2 id="children-heading">{t('home.childrenHeading')}</h2>
        {!data ? <p className="muted">{t('status.loading')}</p> : null}
        {data && overviews.length === 0 ? <p className="muted">{t('home.noChildren')}</p> : null}
        <ul className="child-list" data-testid="child-list">
          {overviews.map(({ child, latestDate, followUpDate, overdue }) => (
            <li key={child.id}>
              <a href={hrefFor({ name: 'child', childId: child.id })} className="child-card">
                <span className="child-alias">
                  <Bidi>{child.alias}</Bidi>
                </span>
                <span className="muted">
                  {latestDate ? t('home.latest', { date: formatDate(latestDate, i18n.language, 'medium') }) : t('home.noConversations')}
                </span>
                {followUpDate ? (
                  <span className={overdue ? 'follow-up is-overdue' : 'follow-up'}>
                    {t(overdue ? 'home.followUpOverdue' : 'home.followUp', { date: formatDate(followUpDate, i18n.language, 'medium') })}
                  </span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <AddChildForm />
    </div>
  );
}

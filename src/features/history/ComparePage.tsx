import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareConversations } from '../../domain/changes';
import type { Conversation } from '../../domain/model';
import { PERSPECTIVES, type AreaId, type Perspective } from '../../domain/wheel';
import { getChild, listConversations, useLive } from '../../storage';
import { hrefFor, navigate } from '../../navigation';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import { Wheel } from '../../ui/wheel/Wheel';
import { WheelLegend } from '../../ui/wheel/WheelLegend';
import { ChangeList } from './ChangeList';

interface ComparePageProps {
  childId: string;
  from?: string;
  to?: string;
}

type PerspectiveChoice = 'all' | Perspective;

/** Two of a child's conversations side by side in one wheel: earlier as outlines, later filled. */
export function ComparePage({ childId, from, to }: ComparePageProps) {
  const { t, i18n } = useTranslation(['history', 'common', 'summary', 'wheel']);
  const [choice, setChoice] = useState<PerspectiveChoice>('all');
  const [selected, setSelected] = useState<AreaId | undefined>();
  const data = useLive(async () => ({ child: await getChild(childId), conversations: await listConversations(childId) }), [childId]);
  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  const { child, conversations } = data;
  if (!child) return <p role="alert">{t('common:child.missing')}</p>;

  const back = (
    <p className="breadcrumb">
      <a href={hrefFor({ name: 'child', childId })}>
        <Bidi>{child.alias}</Bidi>
      </a>
    </p>
  );
  if (conversations.length < 2) {
    return (
      <div className="compare-page">
        {back}
        <h1>{t('history:compare.title')}</h1>
        <p>{t('history:compare.needTwo')}</p>
      </div>
    );
  }

  // Newest first from the repository: by default the latest conversation against the one before it.
  const byId = new Map(conversations.map((c) => [c.id, c]));
  const a = (from && byId.get(from)) || conversations[1];
  const b = (to && byId.get(to)) || conversations[0];
  if (!a || !b) return null;
  const [earlier, later] = compareConversations(a, b) <= 0 ? [a, b] : [b, a];
  const perspectives: readonly Perspective[] = choice === 'all' ? PERSPECTIVES : [choice];
  const describe = (c: Conversation) =>
    t('history:compare.option', { date: formatDate(c.date, i18n.language, 'medium'), setting: t(`summary:setting.${c.setting}`) });
  const pick = (which: 'from' | 'to', id: string) =>
    navigate({ name: 'compare', childId, from: which === 'from' ? id : earlier.id, to: which === 'to' ? id : later.id }, { replace: true });

  function selectArea(id: AreaId) {
    setSelected(id);
    document.getElementById(`change-${id}`)?.focus();
  }

  return (
    <div className="compare-page">
      {back}
      <h1>
        {t('history:compare.title')}
        {': '}
        <Bidi>{child.alias}</Bidi>
      </h1>
      <form className="compare-pickers" onSubmit={(e) => e.preventDefault()}>
        {(['from', 'to'] as const).map((end) => (
          <div className="field" key={end}>
            <label htmlFor={`compare-${end}`}>{t(`history:compare.${end}`)}</label>
            <select id={`compare-${end}`} value={(end === 'from' ? earlier : later).id} onChange={(e) => pick(end, e.target.value)}>
              {conversations.map((c) => (
                <option key={c.id} value={c.id}>
                  {describe(c)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <fieldset className="compare-perspectives">
          <legend>{t('history:compare.perspectives')}</legend>
          {(['all', ...PERSPECTIVES] as const).map((p) => (
            <label key={p} className="checkbox">
              <input type="radio" name="compare-perspective" value={p} checked={choice === p} onChange={() => setChoice(p)} />
              {p === 'all' ? t('history:compare.allPerspectives') : t(`wheel:perspectives.${p}`)}
            </label>
          ))}
        </fieldset>
      </form>
      {earlier.id === later.id ? (
        <p role="status">{t('history:compare.same')}</p>
      ) : (
        <div className="compare-layout">
          <div className="compare-wheel">
            <p className="muted">
              {t('history:compare.wheelExplained', {
                earlier: formatDate(earlier.date, i18n.language, 'medium'),
                later: formatDate(later.date, i18n.language, 'medium'),
              })}
            </p>
            <Wheel entries={later.entries} earlierEntries={earlier.entries} perspectives={perspectives} selected={selected} onSelect={selectArea} />
            <WheelLegend perspectives={perspectives} showEarlier />
          </div>
          <section className="compare-changes" aria-labelledby="changes-heading">
            <h2 id="changes-heading">
              {t('history:compare.changesHeading', {
                earlier: formatDate(earlier.date, i18n.language, 'medium'),
                later: formatDate(later.date, i18n.language, 'medium'),
              })}
            </h2>
            <ChangeList earlier={earlier} later={later} perspectives={perspectives} selected={selected} />
          </section>
        </div>
      )}
    </div>
  );
}
